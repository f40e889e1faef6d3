import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Actor,
  HOURS,
  Shift,
  cell,
  cellKey,
  decimal,
  formatQuantity,
  quantity,
} from "@grant-ledger/core";
import { DEMO_AGREEMENT, DEMO_PEOPLE } from "./people";

/**
 * The real 2007 Emmen agreement: the repository's test fixtures, which the build copies into the
 * package (`fixtures/`, one level above both `src/` and `dist/`) so an installed package has them.
 */
const FIXTURES =
  [
    new URL("../fixtures/emmen-2007/", import.meta.url),
    new URL("../../../tests/fixtures/emmen-2007/", import.meta.url),
  ].find((dir) => existsSync(dir)) ?? new URL("../fixtures/emmen-2007/", import.meta.url);

export const DEMO_MANIFEST = fileURLToPath(new URL("manifest.json", FIXTURES));
export const DEMO_SIGNATURES = fileURLToPath(new URL("signatures.json", FIXTURES));

/** One step of the demo year: a shift, who asks for it and why. */
export interface DemoShift {
  /** What a caller words the step by (the CLI's catalogue has a title per id and language). */
  readonly id: "within-area" | "across-areas";
  readonly title: string;
  readonly shift: Shift;
  readonly reason: string;
}

const hours = (from: string, to: string, n: number): Shift => {
  const [fra, fwt, fd] = from.split("/") as [string, string, string];
  const [tra, twt, td] = to.split("/") as [string, string, string];
  return { from: cell(fra, fwt, fd), to: cell(tra, twt, td), quantity: quantity(HOURS, decimal(n)) };
};

/** A shift the policy allows, then one across result areas that needs the alderman's approval. */
export const DEMO_SHIFTS: readonly DemoShift[] = [
  {
    id: "within-area",
    title: "a small shift inside result area 6 (Activering en participatie)",
    shift: hours("6/OBW/Stad", "6/JW/Stad", 40),
    reason: "youth work in Stad needs more hours after the summer",
  },
  {
    id: "across-areas",
    title: "a shift across result areas (3 Informatie en advies to 2 Jeugd)",
    shift: hours("3/OBW/Blokken", "2/JW/Blokken", 60),
    reason: "information desk in Blokken underused; youth work waiting list",
  },
];

export const describeShift = (s: Shift): string =>
  `${formatQuantity(s.quantity)} from ${cellKey(s.from)} to ${cellKey(s.to)}`;

const metadata = (actor: Actor, reason?: string) => ({
  actor: { ...actor },
  commandId: randomUUID(),
  occurredAt: new Date().toISOString(),
  ...(reason === undefined ? {} : { reason }),
});

/** The demo's commands are wire JSON, decoded by the agreements package like any other input. */
export const requestCommand = (
  step: DemoShift,
  requestId: string,
  actor: Actor = DEMO_PEOPLE["provider-planner"],
) => ({
  type: "RequestReallocation",
  data: { agreementId: DEMO_AGREEMENT, requestId, shifts: [Shift.encode(step.shift)], reason: step.reason },
  metadata: metadata(actor, step.reason),
});

export const approveCommand = (requestId: string, actor: Actor = DEMO_PEOPLE.alderman) => ({
  type: "ApproveReallocation",
  data: {
    agreementId: DEMO_AGREEMENT,
    requestId,
    reason: "fits the policy goals for 2007; approved by the alderman",
  },
  metadata: metadata(actor, "approved by the alderman"),
});

/** Half-year realisation for two cells: aggregates only, never personal data. */
export const halfYearReport = (actor: Actor = DEMO_PEOPLE["provider-planner"]) => ({
  type: "ReportResult",
  data: {
    agreementId: DEMO_AGREEMENT,
    period: "2007-H1",
    realised: [
      {
        position: { resultArea: "6", workType: "JW", district: "Stad" },
        quantity: { kind: "hours", amount: "1010" },
      },
      {
        position: { resultArea: "2", workType: "JW", district: "Blokken" },
        quantity: { kind: "hours", amount: "387.5" },
      },
    ],
    reach: [],
    remarks: "first half of 2007, from the provider's time registration",
  },
  metadata: metadata(actor),
});
