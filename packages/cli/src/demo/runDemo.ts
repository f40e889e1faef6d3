import { join, resolve } from "node:path";
import {
  type Agreements,
  type AgreementsError,
  agreementStreamId,
  createAgreements,
  describeAgreementsError,
} from "@grant-ledger/agreements";
import {
  type AgreementState,
  cellKey,
  entryAt,
  evaluateReallocation,
  totalsByKind,
} from "@grant-ledger/core";
import {
  DEMO_AGREEMENT,
  DEMO_MANIFEST,
  DEMO_SHIFTS,
  DEMO_SIGNATURES,
  type DemoShift,
  approveCommand,
  halfYearReport,
  requestCommand,
} from "@grant-ledger/demo";
import { type EventStore, verifyStore } from "@grant-ledger/event-store";
import { importAgreement, reconcile } from "@grant-ledger/importer";
import { EXIT } from "../exitCodes";
import { domainErrorText } from "../format/domainErrors";
import { numberFormats } from "../format/numbers";
import { verdictLines } from "../format/verdicts";
import type { CommandIo } from "../io/commandIo";
import { type Lang, type Messages, defaultLang, messagesFor } from "../messages/catalogue";
import { DEMO_REPORTS_DIR, writeDemoReports } from "./demoReports";
import { cliCommand } from "./invocation";

const stateOf = async (agreements: Agreements): Promise<AgreementState> => {
  const loaded = await agreements.load(DEMO_AGREEMENT);
  if (loaded._tag === "Left") throw new Error(describeAgreementsError(loaded.left));
  if (loaded.right === undefined) throw new Error(`agreement ${DEMO_AGREEMENT} vanished from the store`);
  return loaded.right.state;
};

/** A refusal in the catalogue's words; a failure of the store or the wire stays the package's own text. */
const why = <R>(failure: AgreementsError<R>, m: Messages): string =>
  failure._tag === "DomainError" ? domainErrorText(failure.error, m) : describeAgreementsError(failure);

const types = (events: readonly { readonly type: string }[]): string => events.map((e) => e.type).join(", ");

const runShift = async (
  agreements: Agreements,
  step: DemoShift,
  n: number,
  io: CommandIo,
  m: Messages,
): Promise<void> => {
  const t = m.demo;
  const formats = numberFormats(m);
  const state = await stateOf(agreements);
  const holds = (c: typeof step.shift.from) => {
    const e = entryAt(state.current, c);
    return e === undefined ? t.absent : formats.quantity(e.quantity);
  };
  const { from, to, quantity } = step.shift;
  const title = t.shiftTitles[step.id] ?? step.title;
  io.out(`\n${n}. ${t.shift(title, formats.quantity(quantity), cellKey(from), cellKey(to))}`);
  io.out(`   ${t.holds(cellKey(from), holds(from), cellKey(to), holds(to))}`);
  const dryRun = evaluateReallocation(state, [step.shift], new Date().toISOString());
  if (dryRun._tag === "Right") {
    io.out(`   ${t.dryRun(m.reallocation.outcome[dryRun.right.outcome] ?? dryRun.right.outcome)}`);
    for (const line of verdictLines(dryRun.right.verdicts, m)) io.out(`   ${line}`);
  }
  const requestId = `demo-${state.eventCount}-${n}`;
  const requested = await agreements.handle(requestCommand(step, requestId));
  if (requested._tag === "Left") {
    io.out(`   ${t.refused(why(requested.left, m))}`);
    return;
  }
  io.out(`   ${t.requested(requestId, types(requested.right.events))}`);
  if (requested.right.evaluation?.outcome === "needs-approval") {
    const approved = await agreements.handle(approveCommand(requestId));
    io.out(
      `   ${approved._tag === "Right" ? t.approved(types(approved.right.events)) : t.approvalRefused(why(approved.left, m))}`,
    );
  }
};

/**
 * The README's main job until the service exists: reconcile and import the 2007 Emmen
 * agreement, shift hours under the reallocation controls, verify the audit chain.
 * Running it again reuses the store and adds further shifts (which the cumulative threshold
 * and balances may then hold for approval or refuse: that is the point). Narrated in `lang`; the
 * commands it suggests start with `cli`, the way the user ran this one.
 */
export const runDemo = async (
  store: EventStore,
  storeUrl: string,
  io: CommandIo,
  reportsDir: string = DEMO_REPORTS_DIR,
  lang: Lang = defaultLang(),
  cli: string = cliCommand(),
): Promise<number> => {
  const m = messagesFor(lang);
  const t = m.demo;
  io.out(t.heading(storeUrl));
  // One application layer for the whole demo: import, shifts and the report all go through it.
  const agreements = createAgreements({ store });
  const reconciled = await reconcile(DEMO_MANIFEST);
  if (reconciled._tag === "Left") {
    io.err(t.manifestUnreadable(reconciled.left.map((p) => p.message)));
    return EXIT.usage;
  }
  const r = reconciled.right;
  io.out(`\n1. ${t.reconciled(r.files.length, r.discrepancies.length)}`);
  const imported = await importAgreement(DEMO_MANIFEST, agreements, { signatures: DEMO_SIGNATURES });
  if (imported._tag === "Right") io.out(`   ${t.imported(imported.right.events.length)}`);
  else if (imported.left._tag === "AlreadyImported") io.out(`   ${t.alreadyImported}`);
  else {
    io.err(`   ${t.importFailed(imported.left._tag)}`);
    return EXIT.failed;
  }
  const state = await stateOf(agreements);
  io.out(`   ${t.baseline(numberFormats(m).totals(totalsByKind(state.baseline)))}`);

  let n = 2;
  for (const step of DEMO_SHIFTS) await runShift(agreements, step, n++, io, m);

  const report = halfYearReport();
  const reported = await agreements.handle(report);
  io.out(
    `\n${n++}. ${reported._tag === "Right" ? t.reported(report.data.period) : t.reportRefused(report.data.period, why(reported.left, m))}`,
  );

  const verified = await verifyStore(store, { streamId: agreementStreamId(DEMO_AGREEMENT) });
  if (verified._tag === "Left") {
    io.out(`\n${n}. ${t.broken(verified.left.message)}`);
    return EXIT.failed;
  }
  let last: { hash: string; revision: bigint } | undefined;
  for await (const e of store.readStream(agreementStreamId(DEMO_AGREEMENT), {
    direction: "backwards",
    maxCount: 1,
  })) {
    last = { hash: e.hash, revision: e.revision };
  }
  io.out(`\n${n}. ${t.intact(verified.right.eventsChecked)}`);
  io.out(`   ${t.checkpoint(String(last?.revision), String(last?.hash))}`);
  const reports = await writeDemoReports(store, reportsDir, io, m, lang);
  io.out(`\n${n + 1}. ${t.reports(reports.length, resolve(reportsDir))}`);
  const verifyCommand = `${cli} verify-report ${join(reportsDir, "state.json")} --store ${storeUrl}`;
  io.out(`   ${t.openReports(join(resolve(reportsDir), "state.html"), verifyCommand)}`);
  io.out(`\n${t.next(cli)}`);
  return EXIT.ok;
};
