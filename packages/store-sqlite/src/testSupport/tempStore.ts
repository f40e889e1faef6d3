import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EventToAppend, JsonObject } from "@grant-ledger/event-store";

/** A fresh directory per test file; removed by the returned cleanup. */
export const tempDirectory = (prefix: string): { readonly dir: string; readonly cleanup: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), `gl-sqlite-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

export const testEvent = (
  commandId: string,
  data: JsonObject = {},
  type = "TestHappened",
): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: {
    commandId,
    actor: { organisationId: "gemeente-emmen", role: "municipality", person: "tester" },
  },
});
