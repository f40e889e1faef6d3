import { storeUrlForms } from "../store/storeAccess";
/**
 * The Dutch `--help`: per command its description, the Dutch of options that differ from the
 * shared ones, and the text after the options (exit codes). Keyed by command path and long flag,
 * never by the English text. The English help is what the commands define themselves.
 */
export interface CommandHelp {
  readonly description: string;
  readonly options?: Readonly<Record<string, string>>;
  /** By argument name (`manifest` for `<manifest>`). */
  readonly arguments?: Readonly<Record<string, string>>;
  /** Printed after the options; ends with the exit codes (`Afsluitcodes: ...`). */
  readonly after: string;
}

const ON_AGREEMENT =
  "2 gebruiksfout: een ontbrekende store (met het pad), een onbekende overeenkomst, een onbekende cel, een bestand dat niet te lezen of te decoderen is (met het pad erin en de waarde), een opdracht die niet decodeert of een opdracht-id hergebruikt; 4 geweigerd door het domein (niets vastgelegd); 6 de store is onbereikbaar; 70 interne fout";

const UNITS = `Cellen zijn <resultaatgebied>/<werksoort>/<wijk> van de overeenkomst (een onbekende cel wordt
geweigerd, met de dichtstbijzijnde). --units: cijfers met het decimaalteken van de taal, een komma
met --lang nl (12,5), een punt met --lang en (12.5); geen scheidingstekens voor duizendtallen; een
scheidingsteken met precies drie cijfers erna (1.500, 1,500) wordt geweigerd als dubbelzinnig.
--kind: een eenheid die de overeenkomst telt, bij naam of alias (uren, hours, groepen, groups).`;

const TABLES = `Tabellen worden alleen gelezen als het gewone bestanden zijn onder de map van het manifest (of
--tables-under) en hoogstens --max-table-bytes groot; al het andere (een FIFO, een apparaat, ../ buiten
de map, een symlink eruit) wordt geweigerd met het pad, afsluitcode 2. Het manifest is hoogstens 1 MiB
en 32 niveaus JSON diep.`;

const recorded = (what: string): string => `Afsluitcodes: 0 ${what}; ${ON_AGREEMENT}.`;

/** `--store` of the commands that may make a new store (import, propose, demo). */
const NEW_STORE = `URL van de event store: ${storeUrlForms("<bestand>")}`;

/** Options whose Dutch is the same in every command that has them. */
export const DUTCH_OPTIONS: Readonly<Record<string, string>> = {
  "--store": `URL van de event store: ${storeUrlForms("<bestand>")} (moet bestaan)`,
  "--agreement": "id van de overeenkomst",
  "--actor": "wie handelt: <organisatie>:<rol>:<persoon>, bv. gm0114:municipality:J. de Vries",
  "--command-id": "id van de opdracht, om haar veilig opnieuw te sturen (standaard: gegenereerd)",
  "--lang": "taal van teksten en getallen (env GRANT_LEDGER_LANG)",
  "--json":
    "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
  "--create": "maak de store aan als die niet bestaat (vanzelf voor de standaard-URL)",
  "--reason": "waarom: wordt mee vastgelegd",
  "--from": "cel waar de eenheden uit gaan, bv. 6/OBW/Stad",
  "--to": "cel waar de eenheden heen gaan, bv. 6/OBW/Velden",
  "--units": "hoeveel eenheden: 100, of 12,5 (--lang nl) / 12.5 (--lang en)",
  "--kind": "eenheid die de overeenkomst telt (uren/hours, groepen/groups, ...)",
  "--request": "id van het verzoek (standaard: gegenereerd)",
  "--key": "Ed25519-privésleutel (PEM), bv. van `checkpoint keygen`",
  "--public-key": "de publieke Ed25519-sleutel van de ondertekenaar (PEM)",
  "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
  "--origin": "de naam van de log in de tree head (standaard grant-ledger)",
  "--since": "een tree head die je bewaarde: het bewijs moet tonen dat de nieuwe erop voortbouwt",
  "--tree-head": "controleer tegen deze ondertekende tree head die je bewaarde",
  "--size": "boomgrootte (standaard: de hele store)",
  "--limit": "alleen de laatste n regels",
  "--before": "alleen regels vóór deze revisie (met --limit: de pagina ervoor)",
  "--tables-under":
    "lees tabellen alleen onder deze map (standaard: de map van het manifest; symlinks opgelost)",
  "--max-table-bytes": "weiger een tabelbestand groter dan dit (standaard 1048576)",
  "--as-of":
    "zoals bij een revisie (0 is het voorstel) of zoals vastgelegd op een datum (2007-07-01: het einde van die dag in Amsterdam)",
  "--format": "json, csv of html",
  "--dry-run": "alleen beoordelen, niets vastleggen",
  "--force": "vervang bestaande sleutelbestanden",
  "--stream": "controleer alleen deze stroom (bv. agreement-<id>)",
  "--checkpoint": "tree head geschreven door `checkpoint` (of een oud JSON-checkpoint)",
  "--period": "één periode, bv. 2007-H1",
  "--cell": "cel als <resultaatgebied>/<werksoort>/<wijk>, bv. 6/OBW/Stad (of een rij: 2/OBW/*)",
};

export const DUTCH_HELP: Readonly<Record<string, CommandHelp>> = {
  demo: {
    description:
      "reconcilieer en importeer de echte Emmense overeenkomst van 2007, verschuif uren onder de controles, verifieer de keten, schrijf elk rapport in data/reports/",
    options: {
      "--store": NEW_STORE,
      "--reports-dir": "waar de rapporten van de demo-overeenkomst worden geschreven",
    },
    after:
      "Afsluitcodes: 0 klaar en de keten is intact, 1 import mislukt of keten gebroken, 2 gebruiksfout (ook een ontbrekende store anders dan de standaard zonder --create), 6 store onbereikbaar.",
  },
  reconcile: {
    description:
      "controleer elk gedrukt totaal van de tabellen van een overeenkomst, en de wijkbijlagen tegen de tabellen",
    arguments: { manifest: "manifest-JSON met de tabellen (paden ten opzichte ervan)" },
    options: { "--json": "uitvoer voor machines: { ok, discrepancies, totals }" },
    after: `${TABLES}\n\nAfsluitcodes: 0 alles sluit; 1 verschillen (elk met bestand en regel); 2 invoer die niet te lezen is of die import zou weigeren (ontbrekend of geweigerd bestand, ongeldig manifest, bv. een periode die eindigt voordat ze begint), of een gebruiksfout.`,
  },
  import: {
    description:
      "reconcilieer de documenten van een overeenkomst en schrijf haar als gebeurtenissen: offerte, contract (onderhandelingsronde 1), handtekeningen",
    arguments: { manifest: "manifest-JSON met de tabellen (paden ten opzichte ervan)" },
    options: {
      "--store": NEW_STORE,
      "--accept-discrepancies":
        "importeer ondanks verschillen; ze worden in de metadata van de gebeurtenissen vastgelegd",
      "--by": "wie de import doet (vastgelegd bij het voorstel en de onderhandeling)",
      "--sign":
        "handtekeningen-JSON, één ondertekenaar per partij: beide partijen tekenen na de onderhandeling",
    },
    after: `${TABLES}\n\nAfsluitcodes: 0 geïmporteerd; 1 verschillen (niets geschreven; zie --accept-discrepancies), de overeenkomst staat al in de store, of een handtekening die het domein weigert; 2 invoer die niet te lezen is of die het domein weigert (zoals reconcile het meldt), een store die niet te openen is (een ontbrekende store anders dan de standaard zonder --create), of een gebruiksfout.`,
  },
  propose: {
    description:
      "stel een overeenkomst voor: de offerte van de aanbieder, uit een JSON-bestand of de Offerte-kolommen van een manifest",
    arguments: {
      file: "voorstel-JSON: de gegevens van ProposeAgreement (agreementId, parties, period, offer, ...)",
    },
    options: {
      "--store": NEW_STORE,
      "--manifest":
        "stel de offerte van de tabellen van een overeenkomst voor (zie import) in plaats van een bestand",
    },
    after:
      "Maakt de store alleen aan met --create (of als --store de standaard is).\nAfsluitcodes: 0 voorgesteld; 2 gebruiksfout: een bestand dat niet te lezen of te decoderen is (met het pad erin en de waarde), een ontbrekende store zonder --create, een hergebruikt opdracht-id; 4 geweigerd door het domein (bv. de overeenkomst bestaat al); 6 de store is onbereikbaar; 70 interne fout.",
  },
  negotiate: {
    description:
      "leg een onderhandelingsronde vast: celwijzigingen uit een bestand (elk met van, naar en reden), vóór de ondertekening",
    arguments: {
      file: 'ronde-JSON: { "round"?, "cellChanges": [{ "position", "from", "to", "reason" }], "expectedResultChanges"?, "policy"? }',
    },
    after: recorded("vastgelegd"),
  },
  sign: {
    description:
      "onderteken de overeenkomst voor één partij; de tweede handtekening maakt het concept de basislijn (AgreementSigned)",
    options: {
      "--party": "de partij die tekent",
      "--role": "de functie van de ondertekenaar, bv. wethouder of directeur",
      "--mandate": "het mandaat van de ondertekenaar, bv. een mandaatbesluit",
      "--date": "datum van de handtekening (standaard: vandaag, Europe/Amsterdam)",
    },
    after: recorded("ondertekend"),
  },
  verify: {
    description: "controleer de hashketen van één stroom of van de hele store; noemt de eerste breuk",
    after: `Wat verify controleert: de eigen samenhang van de store (SQLite: PRAGMA integrity_check en het
schema), dan elke gebeurtenis: elke kolom leesbaar, de JSON precies de canonieke JSON die gehasht is,
de kolom met het opdracht-id gelijk aan metadata.commandId, de hash gelijk aan de hash van de
velden, elke gebeurtenis gekoppeld aan de vorige, revisies (en voor de hele store globale posities)
zonder gaten.

Wat verify zelf niet ziet: gebeurtenissen afgeknipt aan het eind, een stroom bewerkt met opnieuw
berekende hashes tot het eind, een verwijderde stroom met hernummerde posities, verwisselde
gebeurtenissen van verschillende stromen. Alleen een eerder ondertekend checkpoint vangt die: bewaar
er een (grant-ledger checkpoint --key ...) en controleer het (grant-ledger verify-checkpoint --store ...).

Afsluitcodes: 0 intact, 1 de keten is gebroken of het bestand beschadigd (eerste breuk getoond),
2 de store is niet te openen of bestaat niet, of --stream noemt geen stroom in de store, 6 store onbereikbaar.`,
  },
  checkpoint: {
    description:
      "lees de hele store en onderteken de tree head (wortel en stroomkoppen) met een Ed25519-sleutel",
    options: { "--stream": "vervallen: een tree head dekt elke stroom en legt de kop van elke stroom vast" },
    after:
      "Het checkpoint is een ondertekende tree head (docs/tree-heads.md); oude JSON-checkpoints leest verify-checkpoint nog, `upgrade-checkpoint` maakt er tree heads van.\nAfsluitcodes: 0 ondertekend, 1 niets te ondertekenen, de keten is gebroken of de boom past niet bij de gebeurtenissen, 2 slechte sleutel, --stream, of store zonder Merkle-boom, 5 --out is niet te schrijven, 6 store onbereikbaar.",
  },
  "checkpoint keygen": {
    description: "maak een Ed25519-sleutelpaar: checkpoint-private.pem en checkpoint-public.pem",
    options: { "--out-dir": "map voor de twee PEM-bestanden" },
    after:
      "Afsluitcodes: 0 geschreven, 2 sleutelbestanden bestaan al (zonder --force), 5 --out-dir is niet aan te maken of te schrijven.",
  },
  "upgrade-checkpoint": {
    description:
      "maak van een oud JSON-checkpoint een tree head, na te controleren dat de store het nog bevat",
    options: {
      "--store": `de store waarvan het genomen is: ${storeUrlForms("<bestand>")} (moet bestaan)`,
      "--checkpoint": "het oude checkpoint (grant-ledger-checkpoint/1)",
    },
    after:
      "De tree head dekt precies de gebeurtenissen van het oude checkpoint.\nAfsluitcodes: 0 geschreven, 1 de store bevat niet meer wat het oude checkpoint ondertekende, 2 onleesbaar bestand of sleutel, 5 --out is niet te schrijven.",
  },
  "verify-checkpoint": {
    description:
      "controleer de handtekening van een checkpoint offline; met --store ook dat de store er nog bij past",
    options: {
      "--store":
        "controleer ook dat de gebeurtenissen van de store nog op de ondertekende wortel en stroomkoppen uitkomen",
    },
    after:
      "Afsluitcodes: 0 geldig, 1 handtekening ongeldig, verkeerde sleutel, of store herschreven/afgekapt, 2 onleesbaar bestand of sleutel.",
  },
  rebuild: {
    description: "bouw projecties opnieuw op vanaf de eerste gebeurtenis, met voortgang",
    options: { "--projection": "alleen deze projectie (bekend: store-summary)" },
    after: "Afsluitcodes: 0 opnieuw opgebouwd, 2 onbekende projectie of de store is niet te openen.",
  },
  controls: {
    description:
      "proefrit: zou het beleid deze verschuiving toestaan, goedkeuring vragen of verbieden? Legt niets vast",
    after: `${UNITS}\nLegt niets vast. Afsluitcodes: 0 toegestaan, 3 goedkeuring nodig, 4 verboden; ${ON_AGREEMENT}.`,
  },
  reallocate: {
    description:
      "vraag een verschuiving aan: meteen uitgevoerd als het beleid het toestaat, anders vastgelegd voor goedkeuring",
    after: `${UNITS}\nAfsluitcodes: 0 meteen uitgevoerd, 3 vastgelegd als verzoek dat goedkeuring vraagt; ${ON_AGREEMENT}.`,
  },
  approve: {
    description:
      "keur een wachtende verschuiving goed: opnieuw beoordeeld tegen de overeenkomst zoals ze nu is, dan uitgevoerd",
    options: { "--request": "id van het wachtende verzoek" },
    after: recorded("vastgelegd"),
  },
  reject: {
    description: "wijs een wachtende verschuiving af, met een reden",
    options: { "--request": "id van het wachtende verzoek" },
    after: recorded("vastgelegd"),
  },
  "report-result": {
    description:
      "rapporteer de gerealiseerde eenheden en het bereik van een periode (alleen totalen, nooit persoonsgegevens), uit een bestand",
    arguments: {
      file: 'rapportage-JSON: { "period": "2007-H1", "realised": [{ "position", "quantity" }], "reach": [{ "expectedResultId", "reached" }], "remarks"?, "outcomes"? }',
    },
    options: { "--framework": "het bestand is een meting tegen het resultatenkader (vorm: zie de README)" },
    after: recorded(
      "gerapporteerd (een tweede rapport over dezelfde periode wordt als correctie vastgelegd)",
    ),
  },
  "record-framework": {
    description:
      "leg het resultatenkader van de overeenkomst vast of vervang het (doelen, effecten, indicatoren, bereik, mijlpalen), uit een bestand of een importmanifest",
    options: {
      "--file": "het resultatenkader als JSON (vorm: docs/events.md, ResultsFramework)",
      "--manifest":
        "een importmanifest: het kader gelezen uit de resultatensecties van zijn tabellen (in plaats van --file)",
      "--accept-discrepancies":
        "met --manifest: ook vastleggen als de resultatensecties zichzelf tegenspreken",
      "--reason": "waarom het kader wordt vastgelegd: wordt mee vastgelegd",
    },
    after: recorded(
      "vastgelegd (een later kader vervangt het eerdere; na ondertekening mag alleen de gemeente dat); 1 --manifest: de resultatensecties spreken zichzelf tegen, niets vastgelegd (zoals bij import; --accept-discrepancies legt toch vast); 2 ook een --file die niet te lezen is, geen JSON is of niet als ResultsFramework decodeert, en een --manifest dat niet te lezen is, een andere overeenkomst noemt of geen resultatensecties heeft; 4 ook een kader waarvan de delen niet kloppen (InvalidResultsFramework) of, na ondertekening, een kader van de aanbieder (PartyNotAllowed)",
    ),
  },
  amend: {
    description:
      "leg een wijziging vast waar beide partijen mee instemden: celwijzigingen uit een bestand; ze wordt de nieuwe basislijn",
    arguments: {
      file: 'wijzigings-JSON: { "amendmentId", "changes": [{ "position", "from", "to", "reason" }], "agreedBy": { "municipality": { "person", "role" }, "provider": { ... } }, "reason"?, "expectedResultChanges"?, "policy"? }',
    },
    after: recorded("gewijzigd"),
  },
  close: {
    description: "sluit de overeenkomst af aan het eind van haar looptijd, eventueel met de vaststelling",
    options: {
      "--closed-on": "datum van afsluiten (standaard: vandaag, Europe/Amsterdam)",
      "--final-amount": "het vastgestelde bedrag, in euro's met hoogstens twee decimalen (854788,43)",
      "--final-note": "de tekst van de vaststelling",
    },
    after: recorded("afgesloten"),
  },
};
