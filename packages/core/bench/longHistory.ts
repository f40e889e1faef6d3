/**
 * A long, realistic life of one agreement for the fold benchmark, as wire commands: the
 * replay benchmark's proposal (36 cells), two negotiation rounds and both signatures, under
 * a policy of 10% cumulative transfers per quarter; then reallocations, each requested by
 * the provider and, when the policy holds it, approved or rejected by the municipality, with
 * monthly result reports. Shifts go out and back in pairs, so no cell runs dry however long
 * the history; the ledger's clock (`recordedAt`) advances four minutes a command, so even
 * 100,000 events stay inside the agreement's year.
 */
import { type EncodedCommandJson, agreementScript } from "../../store-sqlite/bench/scenario/agreementScript";

const RESULT_AREAS = ["2", "3", "6"];
const WORK_TYPES = ["OBW", "SCW", "JW"];
const DISTRICTS = ["Blokken", "Monden", "Velden", "Stad"];
const CELLS = RESULT_AREAS.flatMap((resultArea) =>
  WORK_TYPES.flatMap((workType) => DISTRICTS.map((district) => ({ resultArea, workType, district }))),
);
const PROVIDER = { organisationId: "stichting-welzijn", role: "provider", person: "directeur Jansen" };
const MUNICIPALITY = { organisationId: "gemeente-emmen", role: "municipality", person: "wethouder De Vries" };
const START = Date.UTC(2007, 1, 2, 8, 0, 0);

/** The commands of agreement `n` (see `agreementScript`), lazily: as many as the caller takes. */
export function* longHistory(n = 0): Generator<EncodedCommandJson> {
  const prelude = agreementScript(n, 0);
  const [proposal, ...rest] = prelude;
  if (proposal === undefined) throw new Error("the agreement script has no proposal");
  yield {
    ...proposal,
    data: { ...proposal.data, policy: { version: 1, cumulativeThreshold: "10", thresholdPeriod: "quarter" } },
  };
  yield* rest;
  const agreementId = String(proposal.data.agreementId);
  let step = 0;
  const meta = (actor: typeof PROVIDER, reason?: string) => {
    const at = new Date(START + step * 4 * 60_000).toISOString();
    return {
      actor,
      commandId: `${agreementId}-long-${step++}`,
      occurredAt: at,
      recordedAt: at,
      ...(reason === undefined ? {} : { reason }),
    };
  };
  for (let pair = 0; ; pair++) {
    const group = pair >> 1;
    const a = (group * 7) % 36;
    const crosses = group % 3 === 0;
    const b = crosses ? (a + 12) % 36 : a - (a % 12) + (((a % 12) + 1) % 12);
    const [from, to] = pair % 2 === 0 ? [a, b] : [b, a];
    const requestId = `r-${pair}`;
    yield {
      type: "RequestReallocation",
      data: {
        agreementId,
        requestId,
        shifts: [{ from: CELLS[from]!, to: CELLS[to]!, quantity: { kind: "hours", amount: "5" } }],
        reason: "meer vraag in dit gebied",
      },
      metadata: meta(PROVIDER, "meer vraag in dit gebied"),
    };
    const reject = group % 5 === 3;
    yield {
      type: reject ? "RejectReallocation" : "ApproveReallocation",
      data: { agreementId, requestId, reason: reject ? "onvoldoende onderbouwd" : "akkoord" },
      metadata: meta(MUNICIPALITY),
    };
    if (pair % 3 === 2) {
      const month = new Date(START + step * 4 * 60_000).toISOString().slice(0, 7);
      const report = (pair - 2) / 3;
      yield {
        type: "ReportResult",
        data: {
          agreementId,
          period: month,
          realised: [0, 5, 10, 15, 20, 25].map((i) => ({
            position: CELLS[(i + pair) % 36]!,
            quantity: { kind: "hours", amount: `${30 + (report % 50)}.5` },
          })),
          reach: [
            { expectedResultId: "er-0", reached: 3 + (report % 40) },
            { expectedResultId: "er-1", reached: 2 + (report % 40) },
          ],
          remarks: "op koers",
        },
        metadata: meta(PROVIDER),
      };
    }
  }
}
