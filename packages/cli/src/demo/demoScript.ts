import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import {
  type Actor,
  HOURS,
  type Shift,
  cell,
  cellKey,
  decimal,
  formatQuantity,
  quantity,
} from "@grant-ledger/core";
import { shiftWire } from "../commands/reallocate";

/** The real 2007 Emmen agreement shipped as test fixtures: the demo's input. */
export const DEMO_MANIFEST = fileURLToPath(
  new URL("../../../../tests/fixtures/emmen-2007/manifest.json", import.meta.url),
);
export const DEMO_SIGNATURES = fileURLToPath(
  new URL("../../../../tests/fixtures/emmen-2007/signatures.json", import.meta.url),
);
export const DEMO_AGREEMENT = "emmen-sedna-2007";

export const provider: Actor = { organisationId: "sedna", role: "provider", person: "G.L. Jonker" };
export const municipality: Actor = {
  organisationId: "gm0114",
  role: "municipality",
  person: "M. Thalens-Kolker",
};

/** One step of the demo year: a shift, who asks for it and why. */
export interface DemoShift {
  readonly title: string;
  readonly shift: Shift;
  readonly reason: string;
}

const hours = (from: string, to: string, n: number): Shift => {
  const [fra, fwt, fd] = from.split("/") as [string, string, string];
  const [tra, twt, td] = to.split("/") as [string, string, string];
  return { from: cell(fra, fwt, fd), to: cell(tra, twt, td), quantity: quantity(HOURS, decimal(n)) };
};

export const DEMO_SHIFTS: readonly DemoShift[] = [
  {
    title: "a small shift inside result area 6 (Activering en participatie)",
    shift: hours("6/OBW/Stad", "6/JW/Stad", 40),
    reason: "youth work in Stad needs more hours after the summer",
  },
  {
    title: "a shift across result areas (3 Informatie en advies to 2 Jeugd)",
    shift: hours("3/OBW/Blokken", "2/JW/Blokken", 60),
    reason: "information desk in Blokken underused; youth work waiting list",
  },
];

export const describeShift = (s: Shift): string =>
  `${formatQuantity(s.quantity)} from ${cellKey(s.from)} to ${cellKey(s.to)}`;

const metadata = (actor: Actor, reason?: string) => ({
  actor,
  commandId: randomUUID(),
  occurredAt: new Date().toISOString(),
  ...(reason === undefined ? {} : { reason }),
});

/** The demo's commands are wire JSON, decoded by the agreements package like any other input. */
export const requestCommand = (step: DemoShift, requestId: string) => ({
  type: "RequestReallocation",
  data: { agreementId: DEMO_AGREEMENT, requestId, shifts: [shiftWire(step.shift)], reason: step.reason },
  metadata: metadata(provider, step.reason),
});

export const approveCommand = (requestId: string) => ({
  type: "ApproveReallocation",
  data: {
    agreementId: DEMO_AGREEMENT,
    requestId,
    reason: "fits the policy goals for 2007; approved by the alderman",
  },
  metadata: metadata(municipality, "approved by the alderman"),
});

/** Half-year realisation for two cells: aggregates only, never personal data. */
export const halfYearReport = () => ({
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
  metadata: metadata(provider),
});
