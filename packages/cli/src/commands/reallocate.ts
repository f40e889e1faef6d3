import { randomUUID } from "node:crypto";
import {
  type AgreementState,
  type Cell,
  type DomainEvent,
  type Evaluation,
  type Shift,
  toDecimalString,
} from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import {
  type LedgerContext,
  type LedgerFlags,
  ledgerAction,
  runOnAgreement,
  withAgreementOptions,
  withOutputOptions,
} from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { verdictJson, verdictLines } from "../format/verdicts";
import { type OptionWords, commandHelp, helpAfter } from "../help/commandHelp";
import { agreementCell, agreementKind } from "../input/agreementCells";
import { parseUnits } from "../input/units";
import { type CommandIo, processIo } from "../io/commandIo";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";

export { actorOption } from "../agreement/ledgerCommand";

export interface ShiftOptions {
  readonly from: string;
  readonly to: string;
  readonly units: string;
  readonly kind?: string;
}

/**
 * A shift typed on the command line, checked against the agreement: both cells must be cells
 * of it (else the closest are named), the kind one it counts, the units in the one grammar.
 */
export const shiftAgainst = (
  o: ShiftOptions,
  state: AgreementState,
  m: Messages,
): E.Either<CliFailure, Shift> => {
  const from = agreementCell("--from", o.from, state, m);
  if (E.isLeft(from)) return from;
  const to = agreementCell("--to", o.to, state, m);
  if (E.isLeft(to)) return to;
  const amount = parseUnits(o.units, m);
  if (E.isLeft(amount)) return amount;
  const kind = agreementKind(o.kind ?? "hours", state, m);
  if (E.isLeft(kind)) return kind;
  return E.right({ from: from.right, to: to.right, quantity: { kind: kind.right, amount: amount.right } });
};

const cellWire = (c: Cell) => ({ resultArea: c.resultArea, workType: c.workType, district: c.district });

/** A shift as wire JSON: what `handle` decodes. */
export const shiftWire = (s: Shift) => ({
  from: cellWire(s.from),
  to: cellWire(s.to),
  quantity: { kind: s.quantity.kind, amount: toDecimalString(s.quantity.amount) },
});

export const evaluationJson = (evaluation: Evaluation, extra: Record<string, unknown> = {}): string =>
  JSON.stringify(
    {
      outcome: evaluation.outcome,
      ...extra,
      verdicts: evaluation.verdicts.map(verdictJson),
    },
    null,
    2,
  );

export interface ReallocateOptions extends ShiftOptions, LedgerFlags {
  readonly agreement: string;
  readonly reason: string;
  readonly request?: string;
}

/** What a recorded reallocation command did, for people and for `--json`. */
export const reportRecorded = (
  events: readonly DomainEvent[],
  requestId: string,
  ctx: LedgerContext,
): number => {
  const r = ctx.m.reallocation;
  const say = (
    evaluation: Evaluation,
    event: string,
    text: string[],
    extra: Record<string, unknown> = {},
  ) => {
    if (ctx.json) ctx.io.out(evaluationJson(evaluation, { requestId, event, ...extra }));
    else ctx.io.out(text.join("\n"));
  };
  for (const event of events) {
    if (event.type === "ReallocationApplied") {
      const { verdicts, policyVersion } = event.data;
      say({ outcome: "allowed", verdicts }, event.type, [
        r.applied(requestId, policyVersion),
        ...verdictLines(verdicts, ctx.m),
      ]);
      return EXIT.ok;
    }
    if (event.type === "ReallocationRequested") {
      const { verdicts, policyVersion } = event.data;
      say({ outcome: "needs-approval", verdicts }, event.type, [
        r.requested(requestId, policyVersion),
        ...verdictLines(verdicts, ctx.m),
      ]);
      return EXIT.needsApproval;
    }
    if (event.type === "ReallocationApproved") {
      const { verdicts } = event.data;
      say({ outcome: "allowed", verdicts }, event.type, [
        r.approved(requestId),
        ...verdictLines(verdicts, ctx.m),
      ]);
      return EXIT.ok;
    }
    if (event.type === "ReallocationRejected") {
      if (ctx.json)
        ctx.printJson({ outcome: "rejected", requestId, event: event.type, reason: event.data.reason });
      else ctx.io.out(r.rejected(requestId, event.data.reason));
      return EXIT.ok;
    }
  }
  return ctx.fail({ kind: "usage", message: ctx.m.failure.notRecorded(requestId) });
};

/** 0 applied at once, 3 recorded as a request that needs approval, 4 refused (nothing recorded), 2 usage. */
export const runReallocate = (
  o: ReallocateOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const requestId = o.request ?? `r-${randomUUID().slice(0, 8)}`;
  return runOnAgreement(o, io, open, {
    build: (state, _actor, ctx) =>
      E.map((shift: Shift) => ({
        type: "RequestReallocation",
        data: { agreementId: state.agreementId, requestId, shifts: [shiftWire(shift)], reason: o.reason },
      }))(shiftAgainst(o, state, ctx.m)),
    report: (recorded, ctx) => reportRecorded(recorded.events, requestId, ctx),
  });
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "reallocate");
  withOutputOptions(
    withShiftOptions(withAgreementOptions(program.command("reallocate").description(h.description), h), h)
      .requiredOption("--reason <text>", h.options["--reason"])
      .option("--request <id>", h.options["--request"]),
    h,
  )
    .addHelpText("after", helpAfter(h))
    .action(ledgerAction(io, done, (options: ReallocateOptions) => runReallocate(options, io, open)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const reallocateCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("reallocate", define, argv, io, open);

/** The options every shift command shares: from, to, units, kind (store and agreement come first). */
export const withShiftOptions = (
  command: Command,
  h: OptionWords<"--from" | "--to" | "--units" | "--kind">,
): Command =>
  command
    .requiredOption("--from <cell>", h.options["--from"])
    .requiredOption("--to <cell>", h.options["--to"])
    .requiredOption("--units <n>", h.options["--units"])
    .option("--kind <kind>", h.options["--kind"], "hours");
