import { storeUrlForms } from "../store/storeAccess";
import type { AuditHelp } from "./audit.en";
import { SHARED_OPTIONS as o } from "./shared.nl";

/** The Dutch `--help` of the audit commands. */
export const auditHelpNl: AuditHelp = {
  verify: {
    description: "controleer de hashketen van één stroom of van de hele store; noemt de eerste breuk",
    options: {
      "--store": o["--store"],
      "--stream": "controleer alleen deze stroom (bv. agreement-<id>)",
      "--lang": o["--lang"],
    },
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
    options: {
      "--store": o["--store"],
      "--key": o["--key"],
      "--stream": "vervallen: een tree head dekt elke stroom en legt de kop van elke stroom vast",
      "--origin": o["--origin"],
      "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
      "--lang": o["--lang"],
    },
    after: `Het checkpoint is een ondertekende tree head (docs/tree-heads.md); oude JSON-checkpoints leest verify-checkpoint nog, \`upgrade-checkpoint\` maakt er tree heads van.
Afsluitcodes: 0 ondertekend, 1 niets te ondertekenen, de keten is gebroken of de boom past niet bij de gebeurtenissen, 2 slechte sleutel, --stream, of store zonder Merkle-boom, 5 --out is niet te schrijven, 6 store onbereikbaar.`,
  },
  "checkpoint keygen": {
    description: "maak een Ed25519-sleutelpaar: checkpoint-private.pem en checkpoint-public.pem",
    options: {
      "--out-dir": "map voor de twee PEM-bestanden",
      "--force": "vervang bestaande sleutelbestanden",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 geschreven, 2 sleutelbestanden bestaan al (zonder --force), 5 --out-dir is niet aan te maken of te schrijven.",
  },
  "upgrade-checkpoint": {
    description:
      "maak van een oud JSON-checkpoint een tree head, na te controleren dat de store het nog bevat",
    options: {
      "--checkpoint": "het oude checkpoint (grant-ledger-checkpoint/1)",
      "--public-key": o["--public-key"],
      "--key": o["--key"],
      "--store": `de store waarvan het genomen is: ${storeUrlForms("<bestand>")} (moet bestaan)`,
      "--origin": o["--origin"],
      "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
      "--lang": o["--lang"],
    },
    after: `De tree head dekt precies de gebeurtenissen van het oude checkpoint.
Afsluitcodes: 0 geschreven, 1 de store bevat niet meer wat het oude checkpoint ondertekende, 2 onleesbaar bestand of sleutel, 5 --out is niet te schrijven.`,
  },
  "verify-checkpoint": {
    description:
      "controleer de handtekening van een checkpoint offline; met --store ook dat de store er nog bij past",
    options: {
      "--checkpoint": "tree head geschreven door `checkpoint` (of een oud JSON-checkpoint)",
      "--public-key": o["--public-key"],
      "--store":
        "controleer ook dat de gebeurtenissen van de store nog op de ondertekende wortel en stroomkoppen uitkomen",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 geldig, 1 handtekening ongeldig, verkeerde sleutel, of store herschreven/afgekapt, 2 onleesbaar bestand of sleutel.",
  },
  "tree-head": {
    description:
      "de wortel van de Merkle-boom van de store over alle gebeurtenissen, ondertekend met --key als tree head",
    options: {
      "--store": o["--store"],
      "--key": o["--key"],
      "--size": o["--size"],
      "--origin": o["--origin"],
      "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
      "--lang": o["--lang"],
    },
    after: `Het formaat staat in docs/tree-heads.md.
Afsluitcodes: 0 geschreven, 2 slechte sleutel, grootte voorbij de log, of store zonder Merkle-boom.`,
  },
  prove: {
    description:
      "bewijs dat de gebeurtenis op een globale positie in de Merkle-boom van een gegeven grootte zit",
    options: {
      "--store": o["--store"],
      "--position": "globale positie van de gebeurtenis (vanaf 0)",
      "--size": o["--size"],
      "--tree-head": o["--tree-head"],
      "--public-key": o["--public-key"],
      "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 opgenomen, 1 niet opgenomen in de tree head (bewerkt, verplaatst of afgeknipt), 2 slechte argumenten of store.",
  },
  "prove-consistency": {
    description:
      "bewijs dat een eerdere boom van de log een begin is van een latere: niets herschreven of afgeknipt",
    options: {
      "--store": o["--store"],
      "--from": "de eerdere boomgrootte",
      "--to": "de latere boomgrootte (standaard: de hele store)",
      "--since": o["--since"],
      "--tree-head": o["--tree-head"],
      "--public-key": o["--public-key"],
      "--out": "schrijf het resultaat hierheen in plaats van het te tonen",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 consistent, 1 niet consistent (geschiedenis herschreven, afgekapt of gesplitst), 2 slechte argumenten of store.",
  },
  "audit-bundle": {
    description:
      "schrijf één bestand dat een accountant offline controleert: de gebeurtenissen, bewijzen en een ondertekende tree head van een overeenkomst",
    options: {
      "--store": o["--store"],
      "--agreement": "de overeenkomst waarvan de gebeurtenissen erin gaan",
      "--key": o["--key"],
      "--since": o["--since"],
      "--public-key": o["--public-key"],
      "--origin": o["--origin"],
      "--out": "waar de bundel wordt geschreven",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 geschreven, 1 de store kan niet bewijzen dat ze voortbouwt op --since, 2 slechte argumenten of store.",
  },
  "verify-bundle": {
    description:
      "controleer een auditbundel offline, zonder store: handtekeningen, hashketen, opname en consistentie",
    arguments: {
      file: "de bundel die `audit-bundle` schreef",
    },
    options: {
      "--key": o["--key"],
      "--since": o["--since"],
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 geldig, 1 de eerste fout wordt genoemd (bewerkt, ontbrekend, ingevoegd, verwisseld, afgeknipt, herschreven, gesplitst), 2 onleesbaar bestand of sleutel.",
  },
  "verify-report": {
    description:
      "controleer het auditcheckpoint van een rapport tegen de keten van de store en de getallen tegen een verse berekening",
    arguments: {
      file: "een rapport geschreven door grant-ledger report (JSON, CSV of HTML)",
    },
    options: {
      "--store": o["--store"],
      "--public-key": "controleer ook de Ed25519-handtekening van het rapport met deze publieke sleutel",
      "--lang": o["--lang"],
    },
    after:
      "Leest alleen. Afsluitcodes: 0 intact; 1 het eerste verschil (stempel buiten de keten, een andere hash, een getal dat afwijkt, een slechte handtekening); 2 gebruiksfout (onleesbaar bestand of sleutel, ontbrekende store); 6 de store is onbereikbaar.",
  },
  token: {
    description: "maak een bearer-token voor ontwikkeling (EdDSA-JWT) voor de auditdienst",
    options: {
      "--key": "Ed25519-privésleutel, PKCS#8 PEM (pnpm start schrijft data/token-private.pem)",
      "--org": "id van de organisatie (gm0114, sedna, ...)",
      "--role": "de rol van de organisatie",
      "--person": "de persoon die handelt",
      "--expires": "geldigheid: 8h (standaard), 30m, 7d, of seconden",
      "--issuer": "uitgever (standaard grant-ledger, JWT_ISSUER van de dienst)",
      "--audience": "publiek (standaard grant-ledger-service, JWT_AUDIENCE van de dienst)",
    },
    after: "Toont het token. Afsluitcodes: 0 getoond, 2 onleesbare sleutel of slechte duur.",
  },
  completion: {
    description: "toon een script voor het aanvullen in de shell, met elke opdracht en haar opties",
    arguments: {
      shell: "de shell",
    },
    options: {},
    after: `Laden: source <(grant-ledger completion bash)
Afsluitcodes: 0 getoond, 2 een andere shell dan bash.`,
  },
};
