import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createAgreements } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import { importAgreement } from "@grant-ledger/importer";
import * as E from "fp-ts/Either";
import { EMMEN } from "./emmenYear";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const provider = { organisationId: "sedna", role: "provider", person: "G.L. Jonker" };

const cell = (key: string) => {
  const [resultArea, workType, district] = key.split("/");
  return { resultArea, workType, district };
};
const request = (requestId: string, from: string, to: string, hours: string, occurredAt: string) => ({
  type: "RequestReallocation",
  data: {
    agreementId: EMMEN,
    requestId,
    shifts: [{ from: cell(from), to: cell(to), quantity: { kind: "hours", amount: hours } }],
    reason: `${requestId}: jongerenwerk Stad`,
  },
  metadata: { actor: provider, commandId: randomUUID(), occurredAt, reason: requestId },
});

/** When each step of the script was recorded (the ledger's clock) and when it took effect. */
export const BACKDATED = {
  /** r-1, recorded and effective on 1 June. */
  onTime: { recordedAt: "2007-06-01T09:00:00.000Z", occurredAt: "2007-06-01T09:00:00.000Z" },
  /** r-back: the team lead moved the hours on 15 June; the office recorded it on 10 July. */
  late: { recordedAt: "2007-07-10T09:00:00.000Z", occurredAt: "2007-06-15T12:00:00.000Z" },
  /** The H1 report, recorded and effective on 15 July. */
  report: { recordedAt: "2007-07-15T09:00:00.000Z", occurredAt: "2007-07-15T09:00:00.000Z" },
  /** Between the back-dated change's effect and its recording: the two bases differ. */
  asOf: "2007-06-30",
} as const;

/**
 * The 2007 Emmen agreement imported from the fixtures on 8 May 2007, then: r-1 (40 h
 * 6/OBW/Stad → 6/JW/Stad) on 1 June; r-back (25 h, same cells) recorded late, on 10 July, with
 * the date it took effect, 15 June; the H1 report on 15 July. As of 30 June, recorded, the
 * ledger knew r-1 only; effective, r-back had taken effect as well.
 */
export const emmenBackdated = async (store: EventStore): Promise<void> => {
  let now = "2007-05-08T10:00:00.000Z";
  const clock = () => new Date(now);
  const agreements = createAgreements({ store, clock });
  const imported = await importAgreement(fixture("emmen-2007/manifest.json"), agreements, {
    signatures: fixture("emmen-2007/signatures.json"),
    clock,
  });
  if (E.isLeft(imported)) throw new Error(`import failed: ${imported.left._tag}`);
  const steps = [
    {
      at: BACKDATED.onTime,
      command: request("r-1", "6/OBW/Stad", "6/JW/Stad", "40", BACKDATED.onTime.occurredAt),
    },
    {
      at: BACKDATED.late,
      command: request("r-back", "6/OBW/Stad", "6/JW/Stad", "25", BACKDATED.late.occurredAt),
    },
    {
      at: BACKDATED.report,
      command: {
        type: "ReportResult",
        data: {
          agreementId: EMMEN,
          period: "2007-H1",
          realised: [
            {
              position: { resultArea: "6", workType: "JW", district: "Stad" },
              quantity: { kind: "hours", amount: "1010" },
            },
          ],
          reach: [],
        },
        metadata: { actor: provider, commandId: randomUUID(), occurredAt: BACKDATED.report.occurredAt },
      },
    },
  ];
  for (const { at, command } of steps) {
    now = at.recordedAt;
    const handled = await agreements.handle(command);
    if (E.isLeft(handled)) throw new Error(`${command.type} refused: ${JSON.stringify(handled.left)}`);
  }
};
