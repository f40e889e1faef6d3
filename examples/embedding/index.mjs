// An embedder's program: plain Node, ESM, the published packages only. It proposes an
// agreement, has both parties sign it, reallocates hours under the agreement's controls,
// reports a result and verifies the hash chain, all in one SQLite file.
import { createAgreements, describeAgreementsError } from "@grant-ledger/agreements";
import { verifyStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";

const file = process.argv[2] ?? "./grant-ledger.db";
const store = openSqliteEventStore({ file });
const agreements = createAgreements({ store, clock: () => new Date(), maxClockSkewMs: 60_000 });

const municipality = { organisationId: "gemeente-emmen", role: "municipality", person: "wethouder De Vries" };
const provider = { organisationId: "stichting-welzijn", role: "provider", person: "directeur Jansen" };
let step = 0;
const meta = (actor) => ({ actor, commandId: `example-${step++}`, occurredAt: new Date().toISOString() });
const hours = (amount) => ({ kind: "hours", amount });
const cell = (resultArea, workType) => ({ resultArea, workType, district: "Stad" });
const agreementId = "example-2007";

const commands = [
  {
    type: "ProposeAgreement",
    data: {
      agreementId,
      municipality: { id: municipality.organisationId, name: "Gemeente Emmen" },
      provider: { id: provider.organisationId, name: "Stichting Welzijn" },
      period: { start: "2007-01-01", end: "2007-12-31" },
      frameworkAgreement: "raamovereenkomst 2006-2009",
      resultAreas: [{ code: "2", name: "Jeugd" }],
      offer: [
        { position: cell("2", "JW"), quantity: hours("400") },
        { position: cell("2", "OBW"), quantity: hours("200") },
      ],
      expectedResults: [],
      tariffs: [
        { workType: "JW", tariff: "7755" },
        { workType: "OBW", tariff: "7755" },
      ],
      policy: { version: 1 },
    },
    metadata: meta(provider),
  },
  ...[
    ["municipality", municipality],
    ["provider", provider],
  ].map(([party, actor]) => ({
    type: "SignAgreement",
    data: { agreementId, party, signature: { person: actor.person, role: party, date: "2007-02-01" } },
    metadata: meta(actor),
  })),
  {
    type: "RequestReallocation",
    data: {
      agreementId,
      requestId: "r-1",
      shifts: [{ from: cell("2", "OBW"), to: cell("2", "JW"), quantity: hours("10") }],
      reason: "youth work waiting list",
    },
    metadata: meta(provider),
  },
  {
    type: "ReportResult",
    data: {
      agreementId,
      period: "2007-H1",
      realised: [{ position: cell("2", "JW"), quantity: hours("180.5") }],
      reach: [],
      remarks: "first half of 2007",
    },
    metadata: meta(provider),
  },
];

for (const command of commands) {
  const result = await agreements.handle(command);
  if (result._tag === "Left") {
    console.error(`${command.type}: ${describeAgreementsError(result.left)}`);
    process.exit(1);
  }
  const verdict =
    result.right.evaluation === undefined ? "" : ` (policy: ${result.right.evaluation.outcome})`;
  console.log(`${command.type} -> revision ${result.right.revision}${verdict}`);
}

const chain = await verifyStore(store);
if (chain._tag === "Left") {
  console.error("hash chain broken", chain.left);
  process.exit(1);
}
console.log(
  `chain verified: ${JSON.stringify(chain.right, (_, v) => (typeof v === "bigint" ? String(v) : v))}`,
);
await store.close();
