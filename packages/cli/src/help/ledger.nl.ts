import { storeUrlForms } from "../store/storeAccess";
import type { LedgerHelp } from "./ledger.en";
import { ON_AGREEMENT, TABLES, UNITS, SHARED_OPTIONS as o } from "./shared.nl";

/** The Dutch `--help` of import, reconcile, demo, rebuild and the lifecycle and reallocation commands. */
export const ledgerHelpNl: LedgerHelp = {
  demo: {
    description:
      "reconcilieer en importeer de echte Emmense overeenkomst van 2007, verschuif uren onder de controles, verifieer de keten, schrijf elk rapport in data/reports/",
    options: {
      "--store": `URL van de event store: ${storeUrlForms("<bestand>")}`,
      "--create": o["--create"],
      "--reports-dir": "waar de rapporten van de demo-overeenkomst worden geschreven",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 klaar en de keten is intact, 1 import mislukt of keten gebroken, 2 gebruiksfout (ook een ontbrekende store anders dan de standaard zonder --create), 6 store onbereikbaar.",
  },
  reconcile: {
    description:
      "controleer elk gedrukt totaal van de tabellen van een overeenkomst, en de wijkbijlagen tegen de tabellen",
    arguments: {
      manifest: "manifest-JSON met de tabellen (paden ten opzichte ervan)",
    },
    options: {
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--json": "uitvoer voor machines: { ok, discrepancies, totals }",
      "--lang": o["--lang"],
    },
    after: `${TABLES}

Afsluitcodes: 0 alles sluit; 1 verschillen (elk met bestand en regel); 2 invoer die niet te lezen is of die import zou weigeren (ontbrekend of geweigerd bestand, ongeldig manifest, bv. een periode die eindigt voordat ze begint), of een gebruiksfout.`,
  },
  import: {
    description:
      "reconcilieer de documenten van een overeenkomst en schrijf haar als gebeurtenissen: offerte, contract (onderhandelingsronde 1), handtekeningen",
    arguments: {
      manifest: "manifest-JSON met de tabellen (paden ten opzichte ervan)",
    },
    options: {
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--store": `URL van de event store: ${storeUrlForms("<bestand>")}`,
      "--create": o["--create"],
      "--sign":
        "handtekeningen-JSON, één ondertekenaar per partij: beide partijen tekenen na de onderhandeling",
      "--accept-discrepancies":
        "importeer ondanks verschillen; ze worden in de metadata van de gebeurtenissen vastgelegd",
      "--by": "wie de import doet (vastgelegd bij het voorstel en de onderhandeling)",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `${TABLES}

Afsluitcodes: 0 geïmporteerd; 1 verschillen (niets geschreven; zie --accept-discrepancies); 2 invoer die niet te lezen is of die het domein weigert (zoals reconcile het meldt), een store die niet te openen is (een ontbrekende store anders dan de standaard zonder --create), of een gebruiksfout; 4 geweigerd door het domein, niets geschreven: de overeenkomst staat al in de store, of een handtekening die het domein weigert (zoals bij propose en sign; met --json hetzelfde foutobject); 6 de store is onbereikbaar.`,
  },
  propose: {
    description:
      "stel een overeenkomst voor: de offerte van de aanbieder, uit een JSON-bestand of de Offerte-kolommen van een manifest",
    arguments: {
      file: "voorstel-JSON: de gegevens van ProposeAgreement (agreementId, parties, period, offer, ...)",
    },
    options: {
      "--manifest":
        "stel de offerte van de tabellen van een overeenkomst voor (zie import) in plaats van een bestand",
      "--store": `URL van de event store: ${storeUrlForms("<bestand>")}`,
      "--create": o["--create"],
      "--actor": o["--actor"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--command-id": o["--command-id"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Maakt de store alleen aan met --create (of als --store de standaard is).
Afsluitcodes: 0 voorgesteld; 2 gebruiksfout: een bestand dat niet te lezen of te decoderen is (met het pad erin en de waarde), een ontbrekende store zonder --create, een hergebruikt opdracht-id; 4 geweigerd door het domein (bv. de overeenkomst bestaat al); 6 de store is onbereikbaar; 70 interne fout.`,
  },
  negotiate: {
    description:
      "leg een onderhandelingsronde vast: celwijzigingen uit een bestand (elk met van, naar en reden), vóór de ondertekening",
    arguments: {
      file: 'ronde-JSON: { "round"?, "cellChanges": [{ "position", "from", "to", "reason" }], "expectedResultChanges"?, "policy"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  sign: {
    description:
      "onderteken de overeenkomst voor één partij; de tweede handtekening maakt het concept de basislijn (AgreementSigned)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--party": "de partij die tekent",
      "--role": "de functie van de ondertekenaar, bv. wethouder of directeur",
      "--date": "datum van de handtekening (standaard: vandaag, Europe/Amsterdam)",
      "--mandate": "het mandaat van de ondertekenaar, bv. een mandaatbesluit",
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 ondertekend; ${ON_AGREEMENT}.`,
  },
  controls: {
    description:
      "proefrit: zou het beleid deze verschuiving toestaan, goedkeuring vragen of verbieden? Legt niets vast",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--from": o["--from"],
      "--to": o["--to"],
      "--units": o["--units"],
      "--kind": o["--kind"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `${UNITS}
Legt niets vast. Afsluitcodes: 0 toegestaan, 3 goedkeuring nodig, 4 verboden; ${ON_AGREEMENT}.`,
  },
  reallocate: {
    description:
      "vraag een verschuiving aan: meteen uitgevoerd als het beleid het toestaat, anders vastgelegd voor goedkeuring",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--from": o["--from"],
      "--to": o["--to"],
      "--units": o["--units"],
      "--kind": o["--kind"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--request": o["--request"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `${UNITS}
Afsluitcodes: 0 meteen uitgevoerd, 3 vastgelegd als verzoek dat goedkeuring vraagt; ${ON_AGREEMENT}.`,
  },
  approve: {
    description:
      "keur een wachtende verschuiving goed: opnieuw beoordeeld tegen de overeenkomst zoals ze nu is, dan uitgevoerd",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id van het wachtende verzoek",
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  reject: {
    description: "wijs een wachtende verschuiving af, met een reden",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id van het wachtende verzoek",
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "report-result": {
    description:
      "rapporteer de gerealiseerde eenheden en het bereik van een periode (alleen totalen, nooit persoonsgegevens), uit een bestand",
    arguments: {
      file: 'rapportage-JSON: { "period": "2007-H1", "realised": [{ "position", "quantity" }], "reach": [{ "expectedResultId", "reached" }], "remarks"?, "outcomes"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--framework": "het bestand is een meting tegen het resultatenkader (vorm: zie de README)",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 gerapporteerd (een tweede rapport over dezelfde periode wordt als correctie vastgelegd); ${ON_AGREEMENT}.`,
  },
  "record-framework": {
    description:
      "leg het resultatenkader van de overeenkomst vast of vervang het (doelen, effecten, indicatoren, bereik, mijlpalen), uit een bestand of een importmanifest",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--file": "het resultatenkader als JSON (vorm: docs/events.md, ResultsFramework)",
      "--manifest":
        "een importmanifest: het kader gelezen uit de resultatensecties van zijn tabellen (in plaats van --file)",
      "--accept-discrepancies":
        "met --manifest: ook vastleggen als de resultatensecties zichzelf tegenspreken",
      "--reason": "waarom het kader wordt vastgelegd: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd (een later kader vervangt het eerdere; na ondertekening mag alleen de gemeente dat); 1 --manifest: de resultatensecties spreken zichzelf tegen, niets vastgelegd (zoals bij import; --accept-discrepancies legt toch vast); 2 ook een --file die niet te lezen is, geen JSON is of niet als ResultsFramework decodeert, en een --manifest dat niet te lezen is, een andere overeenkomst noemt of geen resultatensecties heeft; 4 ook een kader waarvan de delen niet kloppen (InvalidResultsFramework) of, na ondertekening, een kader van de aanbieder (PartyNotAllowed); ${ON_AGREEMENT}.`,
  },
  amend: {
    description:
      "leg een wijziging vast waar beide partijen mee instemden: celwijzigingen uit een bestand; ze wordt de nieuwe basislijn",
    arguments: {
      file: 'wijzigings-JSON: { "amendmentId", "changes": [{ "position", "from", "to", "reason" }], "agreedBy": { "municipality": { "person", "role" }, "provider": { ... } }, "reason"?, "expectedResultChanges"?, "policy"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 gewijzigd; ${ON_AGREEMENT}.`,
  },
  close: {
    description: "sluit de overeenkomst af aan het eind van haar looptijd, eventueel met de vaststelling",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--closed-on": "datum van afsluiten (standaard: vandaag, Europe/Amsterdam)",
      "--final-note": "de tekst van de vaststelling",
      "--final-amount": "het vastgestelde bedrag, in euro's met hoogstens twee decimalen (854788,43)",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 afgesloten; ${ON_AGREEMENT}.`,
  },
  rebuild: {
    description: "bouw projecties opnieuw op vanaf de eerste gebeurtenis, met voortgang",
    options: {
      "--store": o["--store"],
      "--projection": "alleen deze projectie (bekend: store-summary)",
      "--lang": o["--lang"],
    },
    after: "Afsluitcodes: 0 opnieuw opgebouwd, 2 onbekende projectie of de store is niet te openen.",
  },
};
