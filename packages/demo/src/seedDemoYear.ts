import { type Agreements, describeAgreementsError } from "@grant-ledger/agreements";
import { importAgreement } from "@grant-ledger/importer";
import { DEMO_AGREEMENT } from "./people";
import {
  DEMO_MANIFEST,
  DEMO_SHIFTS,
  DEMO_SIGNATURES,
  approveCommand,
  describeShift,
  halfYearReport,
  requestCommand,
} from "./script";

const must = async (what: string, result: ReturnType<Agreements["handle"]>) => {
  const r = await result;
  if (r._tag === "Left") throw new Error(`demo: ${what} was refused: ${describeAgreementsError(r.left)}`);
  return r.right;
};

/**
 * The demo year on an empty store, without narration: the agreement imported and signed, each
 * demo shift requested (`demo-1`, `demo-2`, …) and approved where it needs approval, and the
 * first half-year's result report. Returns what it did, a line per step.
 */
export const seedDemoYear = async (agreements: Agreements): Promise<string[]> => {
  const done: string[] = [];
  const imported = await importAgreement(DEMO_MANIFEST, agreements, { signatures: DEMO_SIGNATURES });
  if (imported._tag === "Left")
    throw new Error(`demo: importing the 2007 Emmen agreement failed: ${imported.left._tag}`);
  done.push(`imported and signed ${DEMO_AGREEMENT} (${imported.right.events.length} events)`);
  for (const [i, step] of DEMO_SHIFTS.entries()) {
    const requestId = `demo-${i + 1}`;
    const requested = await must(step.title, agreements.handle(requestCommand(step, requestId)));
    done.push(`reallocation ${requestId} (${describeShift(step.shift)}): ${requested.evaluation?.outcome}`);
    if (requested.evaluation?.outcome === "needs-approval") {
      await must(`the approval of ${requestId}`, agreements.handle(approveCommand(requestId)));
      done.push(`${requestId} approved by the alderman`);
    }
  }
  await must("the H1 report", agreements.handle(halfYearReport()));
  done.push("2007-H1 result report recorded");
  return done;
};
