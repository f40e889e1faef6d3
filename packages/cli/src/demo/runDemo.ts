import {
  type Command as AgreementCommand,
  cellKey,
  entryAt,
  evaluateReallocation,
  formatQuantity,
  totalsByKind,
} from "@grant-ledger/core";
import { type EventStore, verifyStore } from "@grant-ledger/event-store";
import { importAgreement, reconcile } from "@grant-ledger/importer";
import { handleAgreementCommand, loadAgreement } from "../agreement/agreementStore";
import { verdictLines } from "../commands/reallocate";
import { EXIT } from "../exitCodes";
import type { CommandIo } from "../io/commandIo";
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
} from "./demoScript";

const runShift = async (store: EventStore, step: DemoShift, n: number, io: CommandIo): Promise<void> => {
  const state = await loadAgreement(store, DEMO_AGREEMENT);
  if (state === undefined) throw new Error(`agreement ${DEMO_AGREEMENT} vanished from the store`);
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
    for (const line of verdictLines(dryRun.right.verdicts)) io.out(`   ${line}`);
  }
  const requestId = `demo-${state.eventCount}-${n}`;
  const requested = await handleAgreementCommand(store, requestCommand(step, requestId));
  if (requested._tag === "Refused") {
    io.out(`   refused, nothing recorded: ${requested.message}`);
    return;
  }
  const recorded = requested.events.map((e) => e.type).join(", ");
  io.out(`   provider requests it (${requestId}): recorded ${recorded}`);
  if (requested.events.some((e) => e.type === "ReallocationRequested")) {
    const approved = await handleAgreementCommand(store, approveCommand(requestId) as AgreementCommand);
    io.out(
      approved._tag === "Recorded"
        ? `   municipality approves: recorded ${approved.events.map((e) => e.type).join(", ")}`
        : `   approval refused: ${approved.message}`,
    );
  }
};

/**
 * The README's main job until the service exists: reconcile and import the 2007 Emmen
 * agreement, shift hours under the reallocation controls, verify the audit chain.
 * Running it again reuses the store and adds further shifts (which the cumulative threshold
 * and balances may then hold for approval or refuse: that is the point).
 */
export const runDemo = async (store: EventStore, storeUrl: string, io: CommandIo): Promise<number> => {
  io.out(`grant-ledger demo on ${storeUrl}`);
  const reconciled = await reconcile(DEMO_MANIFEST);
  if (reconciled._tag === "Left") {
    io.err(`cannot read the demo manifest: ${reconciled.left.map((p) => p.message).join("; ")}`);
    return EXIT.usage;
  }
  const r = reconciled.right;
  io.out(
    `\n1. reconcile ${r.files.length} tables of the 2007 Emmen agreement: ${r.discrepancies.length === 0 ? "every printed total agrees, annexes match the tables cell by cell" : `${r.discrepancies.length} discrepancies`}`,
  );
  const imported = await importAgreement(DEMO_MANIFEST, store, { signatures: DEMO_SIGNATURES });
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
  const state = await loadAgreement(store, DEMO_AGREEMENT);
  if (state === undefined) return EXIT.failed;
  const totals = [...totalsByKind(state.baseline)].map(([kind, amount]) => formatQuantity({ kind, amount }));
  io.out(`   signed baseline: ${totals.join(" + ")}`);

  let n = 2;
  for (const step of DEMO_SHIFTS) await runShift(store, step, n++, io);

  const reported = await handleAgreementCommand(store, halfYearReport());
  io.out(
    reported._tag === "Recorded"
      ? `\n${n++}. provider reports 2007-H1: realised hours for two cells (a later report of the same period is recorded as a correction)`
      : `\n${n++}. half-year report refused: ${reported.message}`,
  );

  const verified = await verifyStore(store, { streamId: `agreement-${DEMO_AGREEMENT}` });
  if (verified._tag === "Left") {
    io.out(`\n${n}. verify: BROKEN: ${verified.left.message}`);
    return EXIT.failed;
  }
  let last: { hash: string; revision: bigint } | undefined;
  for await (const e of store.readStream(`agreement-${DEMO_AGREEMENT}`, {
    direction: "backwards",
    maxCount: 1,
  })) {
    last = { hash: e.hash, revision: e.revision };
  }
  io.out(`\n${n}. verify the hash chain: intact, ${verified.right.eventsChecked} events`);
  io.out(`   audit checkpoint: revision ${last?.revision}, hash ${last?.hash}`);
  io.out("\nNext: pnpm grant-ledger --help (controls, reallocate, approve, verify, checkpoint, ...)");
  return EXIT.ok;
};
