import { contradictions } from "../discrepancy/discrepancy";
import type { UnreadableInput } from "../table/readTable";
import type { Reconciliation } from "./reconcile";

/**
 * The `--json` shape: stable, plain JSON. The plain text is the CLI's (in its languages, from
 * this data: findings by kind with their place, expected and found; totals as exact strings).
 */
export const reconciliationJson = (r: Reconciliation) => ({
  ok: contradictions(r.discrepancies).length === 0,
  manifest: r.manifest.name,
  agreement: r.manifest.manifest.agreement.id,
  files: r.files,
  discrepancies: r.discrepancies,
  totals: r.totals,
});

export const unreadableJson = (problems: readonly UnreadableInput[]) => ({
  ok: false,
  unreadable: problems,
});
