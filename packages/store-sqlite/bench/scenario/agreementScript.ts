/**
 * A realistic life of one agreement, as encoded (wire) commands: proposed with a 36-cell
 * matrix, two negotiation rounds, signed by both parties, then reallocations requested and
 * approved (some rejected) with monthly result reports. The decider checks every command.
 */

import type { JsonValue as Json } from "@grant-ledger/event-store";

export interface EncodedCommandJson {
  readonly type: string;
  readonly data: { [key: string]: Json };
  readonly metadata: { [key: string]: Json };
}

const RESULT_AREAS = [
  { code: "2", name: "Jeugd" },
  { code: "3", name: "Participatie" },
  { code: "6", name: "Ouderen" },
];
const WORK_TYPES = ["OBW", "SCW", "JW"];
const DISTRICTS = ["Blokken", "Monden", "Velden", "Stad"];

// A type alias, not an interface: only aliases are assignable to the Json index signature.
type CellJson = { readonly resultArea: string; readonly workType: string; readonly district: string };
const CELLS: readonly CellJson[] = RESULT_AREAS.flatMap((ra) =>
  WORK_TYPES.flatMap((workType) =>
    DISTRICTS.map((district) => ({ resultArea: ra.code, workType, district })),
  ),
);

const hours = (amount: string) => ({ kind: "hours", amount });
const offerHours = (agreement: number, cell: number) => 100 + ((agreement * 31 + cell * 17) % 400);

const PROVIDER = { organisationId: "stichting-welzijn", role: "provider", person: "directeur Jansen" };
const MUNICIPALITY = { organisationId: "gemeente-emmen", role: "municipality", person: "wethouder De Vries" };

/** Fixed width, so no agreement id is a prefix of another. */
export const agreementId = (n: number): string => `bench-${String(n).padStart(6, "0")}`;

/**
 * Commands for agreement `n`, enough for `events` events (100 by default): proposal, two
 * negotiation rounds, both signatures (6 events), then reallocations and result reports.
 */
export const agreementScript = (n: number, events = 100): EncodedCommandJson[] => {
  const id = agreementId(n);
  let step = 0;
  const meta = (actor: typeof PROVIDER, reason?: string) => {
    const day = new Date(Date.UTC(2007, 0, 1) + step * 3 * 86_400_000).toISOString().slice(0, 10);
    return {
      actor,
      commandId: `${id}-${step++}`,
      occurredAt: `${day}T10:00:00Z`,
      ...(reason === undefined ? {} : { reason }),
    };
  };
  const out: EncodedCommandJson[] = [];
  const offer = CELLS.map((position, i) => ({ position, quantity: hours(String(offerHours(n, i))) }));
  const expectedResults = [0, 1, 2, 3].map((k) => ({
    id: `er-${k}`,
    activity: `activiteit ${k}: inloopspreekuur en groepsbijeenkomsten`,
    positions: [CELLS[k * 3]!, CELLS[k * 3 + 1]!],
    deadline: "2007-12-31",
    targetReach: 40 + k * 10,
  }));
  out.push({
    type: "ProposeAgreement",
    data: {
      agreementId: id,
      municipality: { id: MUNICIPALITY.organisationId, name: "Gemeente Emmen" },
      provider: { id: PROVIDER.organisationId, name: "Stichting Welzijn" },
      period: { start: "2007-01-01", end: "2007-12-31" },
      frameworkAgreement: "raamovereenkomst 2006-2009",
      resultAreas: RESULT_AREAS,
      offer,
      expectedResults,
      tariffs: WORK_TYPES.map((workType) => ({ workType, tariff: "7755" })),
      // Every shift waits for approval, so the script's request/decision pairs stay pairs.
      policy: { version: 1, cumulativeThreshold: "0" },
    },
    metadata: meta(PROVIDER, "offerte 2007"),
  });
  const draft = offer.map((e) => Number(e.quantity.amount));
  for (const round of [1, 2]) {
    const changed = [round, round + 7, round + 14];
    out.push({
      type: "NegotiateAgreement",
      data: {
        agreementId: id,
        round,
        cellChanges: changed.map((i) => {
          const from = draft[i]!;
          draft[i] = from + 20;
          return {
            position: CELLS[i]!,
            from: hours(String(from)),
            to: hours(String(from + 20)),
            reason: `ronde ${round}: meer inzet gevraagd`,
          };
        }),
        expectedResultChanges: [],
      },
      metadata: meta(MUNICIPALITY, `onderhandelingsronde ${round}`),
    });
  }
  for (const [party, actor] of [
    ["municipality", MUNICIPALITY],
    ["provider", PROVIDER],
  ] as const) {
    out.push({
      type: "SignAgreement",
      data: { agreementId: id, party, signature: { person: actor.person, role: party, date: "2007-02-01" } },
      metadata: meta(actor),
    });
  }
  // After signing every command yields one event. Two thirds of the shifts stay inside a
  // result area (within the 10% threshold the policy applies them at once); every third
  // crosses result areas and waits for the municipality, who approves it or (one in three)
  // rejects it. Every request is followed by a decision: the seeder skips the decision when
  // the policy already applied the shift, so the script holds whatever verdicts the core
  // reaches. A monthly result report follows every three shifts. The list is longer than
  // needed: the seeder stops at the wanted event count.
  for (let pair = 0; out.length < events * 2; pair++) {
    const requestId = `r-${pair}`;
    const from = pair % 36;
    const crossesResultAreas = pair % 3 === 0;
    const to = crossesResultAreas ? (from + 12) % 36 : from - (from % 12) + (((from % 12) + 1) % 12);
    out.push({
      type: "RequestReallocation",
      data: {
        agreementId: id,
        requestId,
        shifts: [{ from: CELLS[from]!, to: CELLS[to]!, quantity: hours("5") }],
        reason: "meer vraag in dit gebied",
      },
      metadata: meta(PROVIDER, "meer vraag in dit gebied"),
    });
    // Approved by the municipality; one in three cross-area requests is rejected.
    const reject = crossesResultAreas && pair % 9 === 6;
    out.push({
      type: reject ? "RejectReallocation" : "ApproveReallocation",
      data: { agreementId: id, requestId, reason: reject ? "onvoldoende onderbouwd" : "akkoord" },
      metadata: meta(MUNICIPALITY),
    });
    if (pair % 3 === 2) {
      const report = (pair - 2) / 3;
      out.push({
        type: "ReportResult",
        data: {
          agreementId: id,
          period: `2007-${String((report % 12) + 1).padStart(2, "0")}`,
          realised: [0, 5, 10, 15, 20, 25].map((i) => ({
            position: CELLS[(i + report) % 36]!,
            quantity: hours(`${30 + report}.5`),
          })),
          reach: [
            { expectedResultId: "er-0", reached: 3 + report },
            { expectedResultId: "er-1", reached: 2 + report },
          ],
          remarks: "op koers",
        },
        metadata: meta(PROVIDER),
      });
    }
  }
  return out;
};
