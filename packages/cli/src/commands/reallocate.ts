import { randomUUID } from "node:crypto";
import {
  type Actor,
  Actor as ActorCodec,
  type Cell,
  type Decimal,
  type DomainEvent,
  type Evaluation,
  type Shift,
  UnitKind,
  type Verdict,
  describeDecodeErrors,
  parseCellKey,
  parseDecimal,
  parseDutchDecimal,
  toDecimalString,
} from "@grant-ledger/core";
import { type Command, Option } from "commander";
import * as E from "fp-ts/Either";
import { type Handled, handleAgreementCommand } from "../agreement/agreementStore";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, guarded, runDefined, usage } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

/** `gm0114:municipality:J. de Vries`: organisation, role, person (the person may contain colons). */
export const parseActor = (text: string): E.Either<string, Actor> => {
  const [organisationId = "", role = "", ...person] = text.split(":");
  return E.mapLeft(
    (errors: Parameters<typeof describeDecodeErrors>[0]) =>
      `--actor ${JSON.stringify(text)}: expected <organisation>:<role>:<person> with role municipality, provider, auditor or system (${describeDecodeErrors(errors)})`,
  )(ActorCodec.decode({ organisationId, role, person: person.join(":") }));
};

/** `100`, `12.5` or Dutch `1.500` / `12,5`; a bare dotted group like `1.500` reads as Dutch only with three decimals. */
const parseUnits = (text: string): E.Either<string, Decimal> => {
  const canonical = /^\d+\.\d{3}$/.test(text) || text.includes(",") ? undefined : parseDecimal(text);
  if (canonical !== undefined) return E.right(canonical);
  return E.mapLeft(() => `--units ${JSON.stringify(text)}: expected a number of units such as 100 or 12.5`)(
    parseDutchDecimal(text),
  );
};

export interface ShiftOptions {
  readonly from: string;
  readonly to: string;
  readonly units: string;
  readonly kind?: string;
}

export const shiftFromOptions = (o: ShiftOptions): E.Either<string, Shift> => {
  const from = E.mapLeft((m: string) => `--from: ${m}`)(parseCellKey(o.from));
  const to = E.mapLeft((m: string) => `--to: ${m}`)(parseCellKey(o.to));
  const amount = E.filterOrElse(
    (d: Decimal) => d.units > 0n,
    () => `--units ${o.units}: a shift moves more than zero units`,
  )(parseUnits(o.units.trim()));
  const kindText = (o.kind ?? "hours").trim().toLowerCase();
  const kind = UnitKind.is(kindText)
    ? E.right(kindText)
    : E.left(`--kind ${JSON.stringify(o.kind)}: expected a unit kind such as hours or groups`);
  if (E.isLeft(from)) return from;
  if (E.isLeft(to)) return to;
  if (E.isLeft(amount)) return amount;
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

/** Wire metadata: the ledger stamps `recordedAt` and checks `occurredAt` against its clock. */
export const commandMetadataFor = (actor: Actor, commandId: string | undefined) => ({
  actor,
  commandId: commandId ?? randomUUID(),
  occurredAt: new Date().toISOString(),
});

export const verdictLines = (verdicts: readonly Verdict[]): string[] =>
  verdicts.map((v) => `  ${v.outcome.padEnd(14)} ${v.rule.padEnd(20)} ${v.explanation}`);

export const evaluationJson = (evaluation: Evaluation, extra: Record<string, unknown> = {}): string =>
  JSON.stringify(
    {
      outcome: evaluation.outcome,
      ...extra,
      verdicts: evaluation.verdicts.map((v) => ({
        rule: v.rule,
        outcome: v.outcome,
        explanation: v.explanation,
      })),
    },
    null,
    2,
  );

export interface ReallocateOptions extends ShiftOptions {
  readonly store: string;
  readonly agreement: string;
  readonly actor: string;
  readonly reason: string;
  readonly request?: string;
  readonly commandId?: string;
  readonly json?: boolean;
}

/** What a recorded reallocation command did, for people and for `--json`. */
export const reportRecorded = (
  events: readonly DomainEvent[],
  requestId: string,
  json: boolean | undefined,
  io: CommandIo,
): number => {
  for (const event of events) {
    if (event.type === "ReallocationApplied") {
      const evaluation: Evaluation = { outcome: "allowed", verdicts: event.data.verdicts };
      if (json) io.out(evaluationJson(evaluation, { requestId, event: event.type }));
      else
        io.out(
          [
            `applied ${requestId} (policy version ${event.data.policyVersion})`,
            ...verdictLines(event.data.verdicts),
          ].join("\n"),
        );
      return EXIT.ok;
    }
    if (event.type === "ReallocationRequested") {
      const evaluation: Evaluation = { outcome: "needs-approval", verdicts: event.data.verdicts };
      if (json) io.out(evaluationJson(evaluation, { requestId, event: event.type }));
      else
        io.out(
          [
            `requested ${requestId}: it needs approval (policy version ${event.data.policyVersion})`,
            ...verdictLines(event.data.verdicts),
          ].join("\n"),
        );
      return EXIT.needsApproval;
    }
    if (event.type === "ReallocationApproved") {
      if (json)
        io.out(
          evaluationJson(
            { outcome: "allowed", verdicts: event.data.verdicts },
            { requestId, event: event.type },
          ),
        );
      else io.out([`approved ${requestId}`, ...verdictLines(event.data.verdicts)].join("\n"));
      return EXIT.ok;
    }
    if (event.type === "ReallocationRejected") {
      if (json)
        io.out(
          JSON.stringify(
            { outcome: "rejected", requestId, event: event.type, reason: event.data.reason },
            null,
            2,
          ),
        );
      else io.out(`rejected ${requestId}: ${event.data.reason}`);
      return EXIT.ok;
    }
  }
  io.err(`nothing was recorded for ${requestId}`);
  return EXIT.failed;
};

export const reportRefused = (
  refusal: Extract<Handled, { _tag: "Refused" }>,
  json: boolean | undefined,
  io: CommandIo,
): number => {
  if (json)
    io.out(
      evaluationJson(
        { outcome: "forbidden", verdicts: [...refusal.verdicts] },
        { error: refusal.code, message: refusal.message },
      ),
    );
  else
    io.err([`refused (${refusal.code}): ${refusal.message}`, ...verdictLines(refusal.verdicts)].join("\n"));
  return EXIT.forbidden;
};

/** What a handled command did: recorded (0 or 3), refused by the domain (4), or not acceptable as given (2). */
export const reportHandled = (
  handled: Handled,
  requestId: string,
  json: boolean | undefined,
  io: CommandIo,
): number => {
  if (handled._tag === "Unacceptable") return usage(io, handled.message);
  if (handled._tag === "Refused") return reportRefused(handled, json, io);
  return reportRecorded(handled.events, requestId, json, io);
};

/** 0 applied at once, 3 recorded as a request that needs approval, 4 refused (nothing recorded), 2 usage. */
export const runReallocate = async (
  o: ReallocateOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const shift = shiftFromOptions(o);
  if (E.isLeft(shift)) return usage(io, shift.left);
  const actor = parseActor(o.actor);
  if (E.isLeft(actor)) return usage(io, actor.left);
  const requestId = o.request ?? `r-${randomUUID().slice(0, 8)}`;
  const wire = {
    type: "RequestReallocation",
    data: { agreementId: o.agreement, requestId, shifts: [shiftWire(shift.right)], reason: o.reason },
    metadata: commandMetadataFor(actor.right, o.commandId),
  };
  const handled = await withStore(open, o.store, (store) => handleAgreementCommand(store, wire));
  return reportHandled(handled, requestId, o.json, io);
};

export const actorOption = () =>
  new Option(
    "--actor <actor>",
    "who acts: <organisation>:<role>:<person>, e.g. gm0114:municipality:J. de Vries",
  ).makeOptionMandatory();

const define: Define = (program, io, open, done) => {
  withShiftOptions(
    program
      .command("reallocate")
      .description(
        "request a reallocation: applied at once when the policy allows it, otherwise recorded for approval",
      ),
  )
    .addOption(actorOption())
    .requiredOption("--reason <text>", "why: recorded with the request")
    .option("--request <id>", "request id (default: generated)")
    .option("--command-id <id>", "command id, to retry a command safely (default: generated)")
    .option("--json", "machine-readable output: { outcome, requestId, verdicts }")
    .addHelpText(
      "after",
      "\nExit codes: 0 applied at once, 3 recorded as a request that needs approval, 4 refused (nothing recorded), 2 usage (including a command that does not decode, or a command id already used for another command).",
    )
    .action(guarded(io, done, (options: ReallocateOptions) => runReallocate(options, io, open)));
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

/** The options every shift command shares: store, agreement, from, to, units, kind. */
export const withShiftOptions = (command: Command): Command =>
  command
    .addOption(storeOption())
    .requiredOption("--agreement <id>", "agreement id")
    .requiredOption("--from <cell>", "cell the units leave, e.g. 6/OBW/Stad")
    .requiredOption("--to <cell>", "cell the units go to, e.g. 6/OBW/Velden")
    .requiredOption("--units <n>", "how many units, e.g. 100 or 12.5")
    .option("--kind <kind>", "unit kind", "hours");
