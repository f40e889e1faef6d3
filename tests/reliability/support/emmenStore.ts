import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import { HOURS, type Position, ZERO, entryAt, toDecimalString, totalsByKind } from "@grant-ledger/core";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { cli, emmenFixture } from "../races/cliProcess";

/** The probes' agreement: the real Emmen 2007 agreement, imported through the CLI. */
export const EMMEN_AGREEMENT = "emmen-sedna-2007";

/**
 * Imports the Emmen agreement into the SQLite `file` under `agreementId` (a copy of the
 * fixture in `workDir` whose manifest names it), through the real `grant-ledger import`.
 */
export const importEmmenAs = async (workDir: string, file: string, agreementId: string): Promise<void> => {
  const folder = join(workDir, `fixture-${agreementId}`);
  await cp(emmenFixture, folder, { recursive: true });
  const manifest = JSON.parse(await readFile(join(folder, "manifest.json"), "utf8"));
  manifest.agreement.id = agreementId;
  await writeFile(join(folder, "manifest.json"), JSON.stringify(manifest));
  const imported = await cli([
    "import",
    join(folder, "manifest.json"),
    ...["--store", `sqlite:${file}`, "--create", "--sign", join(folder, "signatures.json")],
  ]);
  if (imported.code !== 0)
    throw new Error(`import of ${agreementId} exited ${imported.code}: ${imported.err}`);
};

/** A cell written as the probes' children take it: `6/OBW/Blokken`. */
export const cellOf = (text: string): Position => {
  const [resultArea, workType, district] = text.split("/");
  if (!resultArea || !workType || !district) throw new Error(`not a cell: ${text}`);
  return { resultArea, workType, district };
};

/** The agreement's hours in all, and in the cells asked for, as decimal strings. */
export const hoursOf = async (
  file: string,
  agreementId: string,
  cells: readonly string[] = [],
): Promise<{ total: string; cells: string[] }> => {
  const store = openSqliteEventStore({ file });
  try {
    const loaded = await createAgreements({ store }).load(agreementId);
    if (E.isLeft(loaded) || loaded.right === undefined) throw new Error(`cannot load ${agreementId}`);
    const matrix = loaded.right.state.current;
    return {
      total: toDecimalString(totalsByKind(matrix).get(HOURS) ?? ZERO),
      cells: cells.map((c) => {
        const entry = entryAt(matrix, cellOf(c));
        return entry === undefined ? "absent" : toDecimalString(entry.quantity.amount);
      }),
    };
  } finally {
    await store.close();
  }
};
