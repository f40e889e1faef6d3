import { REPORT_KINDS } from "@grant-ledger/reports";
import type { CommandHelp } from "./help.nl";

const ON_AGREEMENT =
  "2 gebruiksfout: een ontbrekende store (met het pad), een onbekende overeenkomst, een onbekende cel, een bestand dat niet te lezen of te decoderen is (met het pad erin en de waarde), een opdracht die niet decodeert of een opdracht-id hergebruikt; 4 geweigerd door het domein (niets vastgelegd); 6 de store is onbereikbaar; 70 interne fout";

const recorded = (what: string): string => `Afsluitcodes: 0 ${what}; ${ON_AGREEMENT}.`;

/** The Dutch `--help` of the audit, view and money commands (the lifecycle's is in help.nl.ts). */
export const DUTCH_AUDIT_HELP: Readonly<Record<string, CommandHelp>> = {
  "tree-head": {
    description:
      "de wortel van de Merkle-boom van de store over alle gebeurtenissen, ondertekend met --key als tree head",
    after:
      "Het formaat staat in docs/tree-heads.md.\nAfsluitcodes: 0 geschreven, 2 slechte sleutel, grootte voorbij de log, of store zonder Merkle-boom.",
  },
  prove: {
    description:
      "bewijs dat de gebeurtenis op een globale positie in de Merkle-boom van een gegeven grootte zit",
    options: { "--position": "globale positie van de gebeurtenis (vanaf 0)" },
    after:
      "Afsluitcodes: 0 opgenomen, 1 niet opgenomen in de tree head (bewerkt, verplaatst of afgeknipt), 2 slechte argumenten of store.",
  },
  "prove-consistency": {
    description:
      "bewijs dat een eerdere boom van de log een begin is van een latere: niets herschreven of afgeknipt",
    options: {
      "--from": "de eerdere boomgrootte",
      "--to": "de latere boomgrootte (standaard: de hele store)",
    },
    after:
      "Afsluitcodes: 0 consistent, 1 niet consistent (geschiedenis herschreven, afgekapt of gesplitst), 2 slechte argumenten of store.",
  },
  "audit-bundle": {
    description:
      "schrijf één bestand dat een accountant offline controleert: de gebeurtenissen, bewijzen en een ondertekende tree head van een overeenkomst",
    options: {
      "--agreement": "de overeenkomst waarvan de gebeurtenissen erin gaan",
      "--out": "waar de bundel wordt geschreven",
    },
    after:
      "Afsluitcodes: 0 geschreven, 1 de store kan niet bewijzen dat ze voortbouwt op --since, 2 slechte argumenten of store.",
  },
  "verify-bundle": {
    description:
      "controleer een auditbundel offline, zonder store: handtekeningen, hashketen, opname en consistentie",
    arguments: { file: "de bundel die `audit-bundle` schreef" },
    after:
      "Afsluitcodes: 0 geldig, 1 de eerste fout wordt genoemd (bewerkt, ontbrekend, ingevoegd, verwisseld, afgeknipt, herschreven, gesplitst), 2 onleesbaar bestand of sleutel.",
  },
  agreements: {
    description:
      "het register van overeenkomsten: partijen, looptijd, status, totalen per eenheid, laatste wijziging",
    after: "Afsluitcodes: 0 getoond, 2 een ontbrekende store; 6 de store is onbereikbaar.",
  },
  history: {
    description:
      "elke wijziging van één cel van de offerte tot nu: wie, wanneer, waarom, waarde ervoor en erna",
    after:
      "Afsluitcodes: 0 getoond, 2 onbekende overeenkomst, onbekende of onleesbare cel, een slechte --limit of --before, een ontbrekende store; 6 de store is onbereikbaar.",
  },
  reallocations: {
    description:
      "het register van verschuivingen: elke verschuiving, haar goedkeuring, het cumulatieve percentage",
    after:
      "Afsluitcodes: 0 getoond, 2 onbekende overeenkomst, een slechte --limit of --before, een ontbrekende store; 6 de store is onbereikbaar.",
  },
  state: {
    description:
      "de overeenkomst zoals ze nu is, of zoals bij een revisie of op een datum (vastgelegd of geldend)",
    options: {
      "--recorded": "op de datum: wat de ledger toen had vastgelegd (de standaard)",
      "--effective":
        "op de datum: wat er toen gebeurd was, ook later vastgelegde gebeurtenissen met terugwerkende kracht",
    },
    after:
      "Leest alleen. Afsluitcodes: 0 getoond; 2 onbekende overeenkomst, revisie buiten de stroom, datum vóór de overeenkomst of onleesbaar, of een ontbrekende store; 6 de store is onbereikbaar.",
  },
  report: {
    description:
      "een verantwoordingsrapport in JSON, CSV (Nederlandse Excel) of HTML, gestempeld met zijn auditcheckpoint",
    arguments: { report: `het soort rapport: ${REPORT_KINDS.join(" | ")}` },
    options: {
      "--agreement": "id van de overeenkomst (elk rapport behalve agreements)",
      "--as-of":
        "zoals bij een revisie (0 is het voorstel) of op een datum (2007-07-01: het einde van die dag in Amsterdam, of 2007-07-01T10:30:00Z), zoals vastgelegd tenzij --effective",
      "--recorded": "op de datum: wat de ledger toen had vastgelegd (de standaard)",
      "--effective":
        "op de datum: wat er toen gebeurd was (occurredAt), ook later vastgelegde gebeurtenissen met terugwerkende kracht",
      "--out": "schrijf het rapport hierheen (standaard: stdout)",
      "--sign": "onderteken met deze Ed25519-privésleutel (PEM, zoals checkpoint keygen hem schrijft)",
      "--csv-dialect":
        "dutch: ';', decimale komma, BOM (opent zo in Nederlandse Excel); international: ',' en '.'",
    },
    after:
      "JSON-vorm: docs/reports/report.schema.json (formaat grant-ledger/report@1); decimalen zijn exacte strings.\nAfsluitcodes: 0 geschreven; 2 gebruiksfout: een onbekend rapport, overeenkomst, cel of periode, --as-of buiten de stroom of vóór de overeenkomst, een optie die het rapport niet leest, een onleesbare --sign-sleutel, een ontbrekende store; 5 --out is niet te schrijven; 6 de store is onbereikbaar; 70 interne fout.",
  },
  "verify-report": {
    description:
      "controleer het auditcheckpoint van een rapport tegen de keten van de store en de getallen tegen een verse berekening",
    arguments: { file: "een rapport geschreven door grant-ledger report (JSON, CSV of HTML)" },
    options: {
      "--public-key": "controleer ook de Ed25519-handtekening van het rapport met deze publieke sleutel",
    },
    after:
      "Leest alleen. Afsluitcodes: 0 intact; 1 het eerste verschil (stempel buiten de keten, een andere hash, een getal dat afwijkt, een slechte handtekening); 2 gebruiksfout (onleesbaar bestand of sleutel, ontbrekende store); 6 de store is onbereikbaar.",
  },
  "decide-grant": {
    description: "leg de beschikking van de gemeente vast, of een nieuwe die haar vervangt",
    arguments: {
      file: 'beschikkings-JSON: { "reference", "amountGranted": "854788", "ceiling"?, "period": { "start", "end" }, "legalBasis", "decidedOn", "supersedes"? }',
    },
    after: recorded("vastgelegd"),
  },
  "record-budget": {
    description:
      "leg een begroting vast: groepen regels (fte × uren × tarief, aantal × eenheid × prijs, vaste bedragen, nog te bepalen)",
    arguments: {
      file: 'begrotings-JSON: { "budgetId", "groups": [{ "code", "name", "lines": [{ "code", "name", "costing", "presented" }] }], "policy"?: { "reallocation"?, "aboveGrant"? } }',
    },
    after: recorded("vastgelegd"),
  },
  "record-contributions": {
    description: "leg de medefinanciers en partners vast en wat elk bijdraagt, in geld of in natura",
    arguments: {
      file: 'bijdragen-JSON: { "parties": [{ "id", "name", "role", "lead"? }], "contributions": [{ "partyId", "item", "form": "cash", "amount" } | { ..., "form": "in-kind", "hours", "rate" }] }',
    },
    after: recorded("vastgelegd"),
  },
  "report-costs": {
    description:
      "rapporteer de gerealiseerde kosten van een periode per begrotingsregel (een tweede rapport over de periode corrigeert het)",
    arguments: {
      file: 'kosten-JSON: { "period": "2022", "lines": [{ "line": "group/line", "amount": "390000", "hours"? }] }',
    },
    options: { "--report-id": "id van dit rapport (standaard: costs-<periode>)" },
    after: recorded("vastgelegd"),
  },
  "reallocate-budget": {
    description:
      "verschuif geld tussen begrotingsregels onder het beleid van de begroting; --dry-run legt alleen de oordelen uit",
    options: {
      "--from": "begrotingsregel waar het geld uit gaat: <groep>/<regel>, bv. armoede/L1",
      "--to": "begrotingsregel waar het geld heen gaat",
      "--amount": "euro's om te verschuiven, tot op de cent: 1000 of 1000,50 (Engels: 1000.50)",
      "--hours": "uren van een regel begroot in uren: hun kosten verschuiven tegen het tarief",
      "--reason": "waarom: verplicht tenzij --dry-run",
    },
    after: `Afsluitcodes: 0 uitgevoerd (of toegestaan), 3 goedkeuring nodig, 4 verboden of geweigerd; ${ON_AGREEMENT}.`,
  },
  "approve-budget": {
    description:
      "keur een wachtende begrotingsverschuiving goed (vier ogen; opnieuw beoordeeld op de begroting zoals ze nu is)",
    options: { "--request": "id van de wachtende begrotingsverschuiving" },
    after: recorded("vastgelegd"),
  },
  "reject-budget": {
    description: "wijs een wachtende begrotingsverschuiving af",
    options: { "--request": "id van de wachtende begrotingsverschuiving" },
    after: recorded("vastgelegd"),
  },
  budget: {
    description:
      "begroting tegenover realisatie per regel, groep en totaal in euro's (V/N), en de financiering: beschikking, bijdragen, tekort",
    after:
      "Afsluitcodes: 0 getoond; 2 gebruiksfout (onbekende overeenkomst, geen begroting, ontbrekende store).",
  },
  completion: {
    description: "toon een script voor het aanvullen in de shell, met elke opdracht en haar opties",
    arguments: { shell: "de shell" },
    after:
      "Laden: source <(grant-ledger completion bash)\nAfsluitcodes: 0 getoond, 2 een andere shell dan bash.",
  },
  token: {
    description: "maak een bearer-token voor ontwikkeling (EdDSA-JWT) voor de auditdienst",
    options: {
      "--key": "Ed25519-privésleutel, PKCS#8 PEM (pnpm start schrijft data/token-private.pem)",
      "--org": "id van de organisatie (gm0114, sedna, ...)",
      "--role": "de rol van de organisatie",
      "--expires": "geldigheid: 8h (standaard), 30m, 7d, of seconden",
      "--issuer": "uitgever (standaard grant-ledger, JWT_ISSUER van de dienst)",
      "--audience": "publiek (standaard grant-ledger-service, JWT_AUDIENCE van de dienst)",
      "--person": "de persoon die handelt",
    },
    after: "Toont het token. Afsluitcodes: 0 getoond, 2 onleesbare sleutel of slechte duur.",
  },
};
