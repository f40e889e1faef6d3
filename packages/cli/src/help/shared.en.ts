import { DEFAULT_MAX_TABLE_BYTES } from "@grant-ledger/importer";
import { LANG_ENV } from "../messages/catalogue";
import { storeUrlForms } from "../store/storeAccess";

/**
 * English words several commands share: an entry names them (`o["--store"]`) so that they are
 * written once; an entry may still word an option its own way (`upgrade-checkpoint`'s `--store`).
 */
export const SHARED_OPTIONS = {
  "--store": `event store URL: ${storeUrlForms("<file>")} (must exist)`,
  "--create": "create the store if it does not exist (implied for the default store URL)",
  "--lang": `language of texts and numbers (env ${LANG_ENV})`,
  "--tables-under":
    "read tables only from under this folder (default: the manifest's folder; symlinks resolved)",
  "--max-table-bytes": `refuse a table file larger than this (default ${DEFAULT_MAX_TABLE_BYTES})`,
  "--actor": "who acts: <organisation>:<role>:<person>, e.g. gm0114:municipality:J. de Vries",
  "--command-id": "command id, to retry a command safely (default: generated)",
  "--agreement": "agreement id",
  "--key": "Ed25519 private key (PEM), e.g. from `checkpoint keygen`",
  "--origin": "the log's name in the tree head (default grant-ledger)",
  "--from": "cell the units leave, e.g. 6/OBW/Stad",
  "--to": "cell the units go to, e.g. 6/OBW/Velden",
  "--units": "how many units: 100, or 12,5 (--lang nl) / 12.5 (--lang en)",
  "--kind": "unit kind the agreement counts (hours/uren, groups/groepen, ...)",
  "--request": "request id (default: generated)",
  "--limit": "only the last n entries",
  "--before": "only entries before this revision (with --limit: the page before it)",
  "--recorded": "as of the date: what the ledger had recorded by then (the default)",
};
/** How cells, `--units` and `--kind` are read: controls and reallocate. */
export const UNITS = `Cells are <result area>/<work type>/<district> of the agreement (an unknown cell is refused,
naming the closest). --units: digits with the language's decimal separator, a comma with
--lang nl (12,5), a point with --lang en (12.5); no thousands separators; a separator with
exactly three digits after it (1.500, 1,500) is refused as ambiguous. --kind: a unit kind the
agreement counts, by name or alias (uren, hours, groepen, groups).`;
/** What reconcile and import read of a manifest's tables. */
export const TABLES = `Tables are read only when they are regular files under the manifest's folder (or --tables-under)
and at most --max-table-bytes long; anything else (a FIFO, a device, ../ outside the folder, a
symlink out of it) is refused naming the path, exit 2. The manifest is at most 1 MiB and 32 levels
of JSON deep.`;
/** The exit codes every command on an agreement shares, after its own 0. */
export const ON_AGREEMENT =
  "2 usage: a missing store (naming its path), an unknown agreement, an unknown cell, a file that cannot be read or does not decode (naming the path in it and the value), a command that does not decode or reuses a command id; 4 refused by the domain (nothing recorded); 6 the store cannot be reached; 70 internal error";
