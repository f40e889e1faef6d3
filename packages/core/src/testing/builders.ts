import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import type { Shift } from "../agreement/changes";
import { agreementDecider } from "../agreement/decider";
import type { AgreementState } from "../agreement/state";
import { type Cell, cell } from "../cell/cell";
import type { Position } from "../cell/position";
import type { Command } from "../commands/catalogue";
import type {
  AmendAgreement,
  CloseAgreement,
  NegotiateAgreement,
  ProposeAgreement,
  SignAgreement,
} from "../commands/lifecycle";
import type { ApproveReallocation, RejectReallocation, RequestReallocation } from "../commands/reallocation";
import type { ReportResult } from "../commands/reportResult";
import { fold } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import type { MatrixEntry } from "../matrix/matrix";
import type { Actor, CommandMetadata, Recorded, RecordedCommandMetadata } from "../provenance/metadata";
import { parseDecimal } from "../quantity/decimal";
import type { Quantity } from "../quantity/quantity";
import { GROUPS, HOURS, type UnitKind } from "../quantity/unitKind";

/** People acting in the example agreement (Emmen and Sedna, 2007). */
export const actors = {
  alderman: { organisationId: "gm0114", role: "municipality", person: "M. Thalens-Kolker" },
  policyOfficer: { organisationId: "gm0114", role: "municipality", person: "J. de Vries" },
  director: { organisationId: "sedna", role: "provider", person: "G.L. Jonker" },
  teamLead: { organisationId: "sedna", role: "provider", person: "A. Bakker" },
  auditor: { organisationId: "acc-nl", role: "auditor", person: "R. Smit" },
} as const satisfies Record<string, Actor>;

let sequence = 0;

const SIGNING_DAY = "2007-05-08T10:00:00Z";

/**
 * Command metadata with a fresh command id, as the command handler passes it to `decide`:
 * `occurredAt` defaults to the 2007 signing day and `recordedAt` (the ledger's clock) to
 * `occurredAt`; override `recordedAt` to tell the two apart.
 */
export const commandMetadata = (
  actor: Actor,
  overrides: Partial<CommandMetadata> = {},
): RecordedCommandMetadata => {
  sequence += 1;
  const occurredAt = overrides.occurredAt ?? SIGNING_DAY;
  return {
    actor,
    commandId: `cmd-${sequence}`,
    occurredAt,
    ...overrides,
    recordedAt: overrides.recordedAt ?? occurredAt,
  };
};

/** The command as a caller sends it, before the ledger stamped `recordedAt`. */
export const unrecorded = <C extends Command>(command: C): C => {
  const { recordedAt: _, ...metadata } = command.metadata;
  return { ...command, metadata };
};

/** An exact quantity from a canonical decimal: `quantityOf(12.5)`, `quantityOf("82", GROUPS)`. */
export const quantityOf = (amount: number | string, kind: UnitKind = HOURS): Quantity => {
  const d = parseDecimal(String(amount));
  if (d === undefined) throw new RangeError(`not a decimal: ${amount}`);
  return { kind, amount: d };
};
export const hours = (amount: number | string): Quantity => quantityOf(amount, HOURS);

/** `cellAt("6/OBW/Velden")`. */
export const cellAt = (key: string): Cell => {
  const [ra = "", wt = "", d = ""] = key.split("/");
  return cell(ra, wt, d);
};

export const shift = (from: string, to: string, amount: number | string, kind: UnitKind = HOURS): Shift => ({
  from: cellAt(from),
  to: cellAt(to),
  quantity: quantityOf(amount, kind),
});

export const EXAMPLE_AGREEMENT_ID = "emmen-sedna-2007-example";

const entry = (position: Position, q: Quantity): MatrixEntry => ({ position, quantity: q });

/** A small slice of the 2007 Emmen contract: result areas 2 and 6, hours per cell and a row counted in groups. */
export const exampleContract: readonly MatrixEntry[] = [
  entry(cellAt("2/OBW/Velden"), hours(380)),
  entry(cellAt("2/OBW/Stad"), hours(294)),
  entry(cellAt("2/SCW/Velden"), hours(700)),
  entry(cellAt("6/OBW/Velden"), hours(30)),
  entry(cellAt("6/OBW/Stad"), hours(1323)),
  entry(cellAt("6/JW/Velden"), hours(660)),
  entry({ resultArea: "2", workType: "PSZ" }, quantityOf(82, GROUPS)),
];

export const proposeExample = (
  overrides: Partial<ProposeAgreement["data"]> = {},
): Recorded<ProposeAgreement> => ({
  type: "ProposeAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    municipality: { id: "gm0114", name: "Gemeente Emmen" },
    provider: { id: "sedna", name: "Stichting Welzijngroep Sedna" },
    period: { start: "2007-01-01", end: "2007-12-31" },
    frameworkAgreement: "raamovereenkomst 2007-2008",
    resultAreas: [
      { code: "2", name: "Jeugd" },
      { code: "6", name: "Activering en participatie" },
    ],
    offer: [...exampleContract],
    expectedResults: [
      {
        id: "er-jeugd-velden",
        activity: "inloop jongerencentrum",
        positions: [cellAt("2/OBW/Velden")],
        targetReach: 40 as t.Int,
        deadline: "2007-12-31",
      },
    ],
    tariffs: [{ workType: "OBW", tariff: { cents: 7755n } }],
    ...overrides,
  },
  metadata: commandMetadata(actors.director),
});

export const signBy = (
  party: "municipality" | "provider",
  agreementId = EXAMPLE_AGREEMENT_ID,
): Recorded<SignAgreement> => ({
  type: "SignAgreement",
  data: {
    agreementId,
    party,
    signature:
      party === "municipality"
        ? {
            person: actors.alderman.person,
            role: "wethouder",
            date: "2007-05-08",
            mandate: "collegebesluit 8 mei 2007",
          }
        : { person: actors.director.person, role: "directeur", date: "2007-05-08" },
  },
  metadata: commandMetadata(party === "municipality" ? actors.alderman : actors.director),
});

export const requestReallocation = (
  requestId: string,
  shifts: readonly Shift[],
  actor: Actor = actors.teamLead,
  reason = "demand moved to the town centre",
): Recorded<RequestReallocation> => ({
  type: "RequestReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, shifts: [...shifts], reason },
  metadata: commandMetadata(actor),
});

export const approveReallocation = (
  requestId: string,
  actor: Actor = actors.policyOfficer,
  reason = "fits the policy",
): Recorded<ApproveReallocation> => ({
  type: "ApproveReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, reason },
  metadata: commandMetadata(actor),
});

export const rejectReallocation = (
  requestId: string,
  actor: Actor = actors.policyOfficer,
  reason = "demand not shown",
): Recorded<RejectReallocation> => ({
  type: "RejectReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, reason },
  metadata: commandMetadata(actor),
});

/** A report of realised hours for `period` (`2007-H1`, `2007-Q3`, `2007-05`, `2007`). */
export const reportResult = (
  period: string,
  realised: readonly { position: Position; quantity: Quantity }[] = [
    { position: cellAt("6/OBW/Velden"), quantity: hours(12) },
  ],
  actor: Actor = actors.teamLead,
): Recorded<ReportResult> => ({
  type: "ReportResult",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, period, realised: [...realised], reach: [] },
  metadata: commandMetadata(actor),
});

/** Negotiation round 1 of the example: 6/OBW/Stad from 1323 to 1300 hours. */
export const negotiateExample = (actor: Actor = actors.policyOfficer): Recorded<NegotiateAgreement> => ({
  type: "NegotiateAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    round: 1 as NegotiateAgreement["data"]["round"],
    cellChanges: [
      { position: cellAt("6/OBW/Stad"), from: hours(1323), to: hours(1300), reason: "less demand" },
    ],
    expectedResultChanges: [],
  },
  metadata: commandMetadata(actor),
});

/** An amendment of the example adding 10 hours to 6/OBW/Velden. */
export const amendExample = (actor: Actor = actors.alderman): Recorded<AmendAgreement> => ({
  type: "AmendAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    amendmentId: "am-1",
    changes: [{ position: cellAt("6/OBW/Velden"), from: hours(30), to: hours(40), reason: "extra budget" }],
    expectedResultChanges: [],
    agreedBy: {
      municipality: { person: actors.alderman.person, role: "wethouder" },
      provider: { person: actors.director.person, role: "directeur" },
    },
    reason: "extra budget for Velden",
  },
  metadata: commandMetadata(actor),
});

export const closeExample = (actor: Actor = actors.alderman): Recorded<CloseAgreement> => ({
  type: "CloseAgreement",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, closedOn: "2007-12-31", reason: "final determination made" },
  metadata: commandMetadata(actor),
});

/**
 * Runs commands through the agreement decider, failing loudly on a refusal: for building
 * histories in tests. Returns all emitted events and the final state.
 */
export const run = (commands: readonly Command[], from: readonly DomainEvent[] = []) => {
  const events = [...from];
  let state: AgreementState = fold(agreementDecider.evolve, agreementDecider.initialState, from);
  for (const command of commands) {
    const result = agreementDecider.decide(command, state);
    if (E.isLeft(result)) throw new Error(`${command.type} was refused: ${result.left.message}`);
    events.push(...result.right);
    state = fold(agreementDecider.evolve, state, result.right);
  }
  return { events, state };
};

/** The events of the example agreement proposed and signed by both parties (baseline = `exampleContract`). */
export const exampleSignedEvents = (): DomainEvent[] =>
  run([proposeExample(), signBy("provider"), signBy("municipality")]).events;
