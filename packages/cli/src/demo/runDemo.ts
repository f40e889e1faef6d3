import { join, resolve } from "node:path";
import {
  type Agreements,
  agreementStreamId,
  createAgreements,
  describeAgreementsError,
} from "@grant-ledger/agreements";
import {
  type AgreementState,
  cellKey,
  entryAt,
  evaluateReallocation,
  formatQuantity,
  totalsByKind,
} from "@grant-ledger/core";
import {
  DEMO_AGREEMENT,
  DEMO_MANIFEST,
  DEMO_SHIFTS,
  DEMO_SIGNATURES,
  type DemoShift,
  approveCommand,
  describeShift,
  halfYearReport,
  requestCommand,
} from "@grant-ledger/demo";
import { type EventStore, verifyStore } from "@grant-ledger/event-store";
import { importAgreement, reconcile } from "@grant-ledger/importer";
import { EXIT } from "../exitCodes";
import { verdictLines } from "../format/verdicts";
import type { CommandIo } from "../io/commandIo";
import { messagesFor } from "../messages/catalogue";
import { DEMO_REPORTS_DIR, writeDemoReports } from "./demoReports";

const stateOf = async (agreements: Agreements): Promise<AgreementState> => {
  const loaded = await agreements.load(DEMO_AGREEMENT);
  if (loaded._tag === "Left") throw new Error(describeAgreementsError(loaded.left));
  if (loaded.right === undefined) throw new Error(`agreement ${DEMO_AGREEMENT} vanished from the store`);
  return loaded.right.state;
};

const runShift = async (agreements: Agreements, step: DemoShift, n: number, io: CommandIo): Promise<void> => {
  const state = await stateOf(agreements);
  const before = (c: typeof step.shift.from) => {
    const e = entryAt(state.current, c);
    return e === undefined ? "absent" : formatQuantity(e.quantity);
  };
  io.out(`\n${n}. ${step.title}: ${describeShift(step.shift)}`);
  io.out(
    `   now ${cellKey(step.shift.from)} holds ${before(step.shift.from)}, ${cellKey(step.shift.to)} holds ${before(step.shift.to)}`,
  );
  const dryRun = evaluateReallocation(state, [step.shift], new Date().toISOString());
  if (dryRun._tag === "Right") {
    io.out(`   controls (dry run): ${dryRun.right.outcome}`);
    for (const line of verdictLines(dryRun.right.verdicts, messagesFor("en"))) io.out(`   ${line}`);
  }
  const requestId = `demo-${state.eventCount}-${n}`;
  const requested = await agreements.handle(requestCommand(step, requestId));
  if (requested._tag === "Left") {
    io.out(`   refused, nothing recorded: ${describeAgreementsError(requested.left)}`);
    return;
  }
  const recorded = requested.right.events.map((e) => e.type).join(", ");
  io.out(`   provider requests it (${requestId}): recorded ${recorded}`);
  if (requested.right.evaluation?.outcome === "needs-approval") {
    const approved = await agreements.handle(approveCommand(requestId));
    io.out(
      approved._tag === "Right"
        ? `   municipality approves: recorded ${approved.right.events.map((e) => e.type).join(", ")}`
        : `   approval refused: ${describeAgreementsError(approved.left)}`,
    );
  }
};

/**
 * The README's main job until the service exists: reconcile and import the 2007 Emmen
 * agreement, shift hours under the reallocation controls, verify the audit chain.
 * Running it again reuses the store and adds further shifts (which the cumulative threshold
 * and balances may then hold for approval or refuse: that is the point).
 */
export const runDemo = async (
  store: EventStore,
  storeUrl: string,
  io: CommandIo,
  reportsDir: string = DEMO_REPORTS_DIR,
): Promise<number> => {
  io.out(`grant-ledger demo on ${storeUrl}`);
  // One application layer for the whole demo: import, shifts and the report all go through it.
  const agreements = createAgreements({ store });
  const reconciled = await reconcile(DEMO_MANIFEST);
  if (reconciled._tag === "Left") {
    io.err(`cannot read the demo manifest: ${reconciled.left.map((p) => p.message).join("; ")}`);
    return EXIT.usage;
  }
  const r = reconciled.right;
  io.out(
    `\n1. reconcile ${r.files.length} tables of the 2007 Emmen agreement: ${r.discrepancies.length === 0 ? "every printed total agrees, annexes match the tables cell by cell" : `${r.discrepancies.length} discrepancies`}`,
  );
  const imported = await importAgreement(DEMO_MANIFEST, agreements, { signatures: DEMO_SIGNATURES });
  if (imported._tag === "Right") {
    io.out(
      `   imported as ${imported.right.events.length} events: offer, negotiation round 1 (contract per cell), both signatures`,
    );
  } else if (imported.left._tag === "AlreadyImported") {
    io.out("   already imported in this store: continuing with it");
  } else {
    io.err(`   import failed: ${imported.left._tag}`);
    return EXIT.failed;
  }
  const state = await stateOf(agreements);
  const totals = [...totalsByKind(state.baseline)].map(([kind, amount]) => formatQuantity({ kind, amount }));
  io.out(`   signed baseline: ${totals.join(" + ")}`);

  let n = 2;
  for (const step of DEMO_SHIFTS) await runShift(agreements, step, n++, io);

  const reported = await agreements.handle(halfYearReport());
  io.out(
    reported._tag === "Right"
      ? `\n${n++}. provider reports 2007-H1: realised hours for two cells (a later report of the same period is recorded as a correction)`
      : `\n${n++}. half-year report refused: ${describeAgreementsError(reported.left)}`,
  );

  const verified = await verifyStore(store, { streamId: agreementStreamId(DEMO_AGREEMENT) });
  if (verified._tag === "Left") {
    io.out(`\n${n}. verify: BROKEN: ${verified.left.message}`);
    return EXIT.failed;
  }
  let last: { hash: string; revision: bigint } | undefined;
  for await (const e of store.readStream(agreementStreamId(DEMO_AGREEMENT), {
    direction: "backwards",
    maxCount: 1,
  })) {
    last = { hash: e.hash, revision: e.revision };
  }
  io.out(`\n${n}. verify the hash chain: intact, ${verified.right.eventsChecked} events`);
  io.out(`   audit checkpoint: revision ${last?.revision}, hash ${last?.hash}`);
  const reports = await writeDemoReports(store, reportsDir, io);
  io.out(
    `\n${n + 1}. accountability reports (JSON, CSV for Dutch Excel, HTML with the matrix), each stamped with that checkpoint: ${reports.length} files in ${resolve(reportsDir)}`,
  );
  io.out(
    `   open ${join(resolve(reportsDir), "state.html")} in a browser; check one: pnpm grant-ledger verify-report ${join(reportsDir, "state.json")} --store ${storeUrl}`,
  );
  io.out("\nNext: pnpm grant-ledger --help (controls, reallocate, approve, verify, checkpoint, ...)");
  return EXIT.ok;
};
