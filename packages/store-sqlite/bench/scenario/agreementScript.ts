/**
 * A realistic life of one agreement, as encoded (wire) commands: proposed with a 36-cell
 * matrix, two negotiation rounds, signed by both parties, then reallocations requested and
 * approved (some rejected) with monthly result reports. The decider checks every command.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
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

/** Commands that produce exactly `events` events (100 by default) for agreement `n`. */
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
  // Proposed, two rounds, PartySigned, PartySigned + AgreementSigned.
  let produced = 6;
  let pair = 0;
  let report = 0;
  while (produced < events) {
    // A result report after every third reallocation decision, and to fill an odd count.
    if ((pair % 3 === 2 && report < Math.floor(pair / 3)) || events - produced === 1) {
      const month = String((report % 12) + 1).padStart(2, "0");
      out.push({
        type: "ReportResult",
        data: {
          agreementId: id,
          period: `2007-${month}`,
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
      report++;
      produced++;
      continue;
    }
    const requestId = `r-${pair}`;
    out.push({
      type: "RequestReallocation",
      data: {
        agreementId: id,
        requestId,
        shifts: [{ from: CELLS[pair % 36]!, to: CELLS[(pair + 1) % 36]!, quantity: hours("5") }],
        reason: "meer vraag in dit gebied",
      },
      metadata: meta(PROVIDER, "meer vraag in dit gebied"),
    });
    const reject = pair % 6 === 5;
    out.push({
      type: reject ? "RejectReallocation" : "ApproveReallocation",
      data: { agreementId: id, requestId, reason: reject ? "onvoldoende onderbouwd" : "akkoord" },
      metadata: meta(MUNICIPALITY),
    });
    pair++;
    produced += 2;
  }
  return out;
};
