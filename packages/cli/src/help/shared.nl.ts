import { DEFAULT_MAX_TABLE_BYTES } from "@grant-ledger/importer";
import { LANG_ENV } from "../messages/catalogue";
import { storeUrlForms } from "../store/storeAccess";

/**
 * Dutch words several commands share: an entry names them (`o["--store"]`) so that they are
 * written once; an entry may still word an option its own way (`upgrade-checkpoint`'s `--store`).
 */
export const SHARED_OPTIONS = {
  "--store": `URL van de event store: ${storeUrlForms("<bestand>")} (moet bestaan)`,
  "--create": "maak de store aan als die niet bestaat (vanzelf voor de standaard-URL)",
  "--lang": `taal van teksten en getallen (env ${LANG_ENV})`,
  "--tables-under":
    "lees tabellen alleen onder deze map (standaard: de map van het manifest; symlinks opgelost)",
  "--max-table-bytes": `weiger een tabelbestand groter dan dit (standaard ${DEFAULT_MAX_TABLE_BYTES})`,
  "--actor": "wie handelt: <organisatie>:<rol>:<persoon>, bv. gm0114:municipality:J. de Vries",
  "--command-id": "id van de opdracht, om haar veilig opnieuw te sturen (standaard: gegenereerd)",
  "--agreement": "id van de overeenkomst",
  "--key": "Ed25519-privésleutel (PEM), bv. van `checkpoint keygen`",
  "--origin": "de naam van de log in de tree head (standaard grant-ledger)",
  "--public-key": "de publieke Ed25519-sleutel van de ondertekenaar (PEM)",
  "--from": "cel waar de eenheden uit gaan, bv. 6/OBW/Stad",
  "--to": "cel waar de eenheden heen gaan, bv. 6/OBW/Velden",
  "--units": "hoeveel eenheden: 100, of 12,5 (--lang nl) / 12.5 (--lang en)",
  "--kind": "eenheid die de overeenkomst telt (uren/hours, groepen/groups, ...)",
  "--request": "id van het verzoek (standaard: gegenereerd)",
  "--size": "boomgrootte (standaard: de hele store)",
  "--tree-head": "controleer tegen deze ondertekende tree head die je bewaarde",
  "--since": "een tree head die je bewaarde: het bewijs moet tonen dat de nieuwe erop voortbouwt",
  "--cell": "cel als <resultaatgebied>/<werksoort>/<wijk>, bv. 6/OBW/Stad (of een rij: 2/OBW/*)",
  "--limit": "alleen de laatste n regels",
  "--before": "alleen regels vóór deze revisie (met --limit: de pagina ervoor)",
  "--recorded": "op de datum: wat de ledger toen had vastgelegd (de standaard)",
};
/** How cells, `--units` and `--kind` are read: controls and reallocate. */
export const UNITS = `Cellen zijn <resultaatgebied>/<werksoort>/<wijk> van de overeenkomst (een onbekende cel wordt
geweigerd, met de dichtstbijzijnde). --units: cijfers met het decimaalteken van de taal, een komma
met --lang nl (12,5), een punt met --lang en (12.5); geen scheidingstekens voor duizendtallen; een
scheidingsteken met precies drie cijfers erna (1.500, 1,500) wordt geweigerd als dubbelzinnig.
--kind: een eenheid die de overeenkomst telt, bij naam of alias (uren, hours, groepen, groups).`;
/** What reconcile and import read of a manifest's tables. */
export const TABLES = `Tabellen worden alleen gelezen als het gewone bestanden zijn onder de map van het manifest (of
--tables-under) en hoogstens --max-table-bytes groot; al het andere (een FIFO, een apparaat, ../ buiten
de map, een symlink eruit) wordt geweigerd met het pad, afsluitcode 2. Het manifest is hoogstens 1 MiB
en 32 niveaus JSON diep.`;
/** The exit codes every command on an agreement shares, after its own 0. */
export const ON_AGREEMENT =
  "2 gebruiksfout: een ontbrekende store (met het pad), een onbekende overeenkomst, een onbekende cel, een bestand dat niet te lezen of te decoderen is (met het pad erin en de waarde), een opdracht die niet decodeert of een opdracht-id hergebruikt; 4 geweigerd door het domein (niets vastgelegd); 6 de store is onbereikbaar; 70 interne fout";
