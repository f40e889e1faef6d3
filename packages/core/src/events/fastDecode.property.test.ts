import * as fc from "fast-check";
import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { position } from "../cell/position";
import { decodeProblems } from "../codec/decodeError";
import { decodeWithoutFastPaths } from "../codec/fastPath";
import {
  actors,
  approveBudgetReallocation,
  approveReallocation,
  armoede2022,
  commandMetadata,
  dec,
  decideGrant,
  exampleSignedEvents,
  grantDecision,
  hours,
  moneyShift,
  recordBudget,
  recordContributions,
  rejectReallocation,
  reportCosts,
  requestBudgetReallocation,
  requestReallocation,
  run,
  shift,
} from "../testing";
import { type DomainEvent, eventCodecs, isDomainEventType } from "./catalogue";
import { decodeEvent, encodeEvent } from "./serialisation";

const stored = (() => {
  const signed = exampleSignedEvents();
  const { events } = run(
    [
      requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]),
      requestReallocation("r2", [shift("6/OBW/Stad", "2/OBW/Stad", "12.5")]),
      approveReallocation("r2"),
      requestReallocation("r3", [shift("6/OBW/Stad", "2/OBW/Stad", 1)]),
      rejectReallocation("r3"),
      {
        type: "ReportResult",
        data: {
          agreementId: signed[0]?.type === "AgreementProposed" ? signed[0].data.agreementId : "",
          period: "2007-H1",
          realised: [{ position: position("6", "OBW", "Stad"), quantity: hours("3.5") }],
          reach: [],
        },
        metadata: commandMetadata(actors.teamLead),
      },
      // Money: unions (costings, cash or in kind, amount or hours) and intersections on the fast path.
      recordBudget([
        {
          ...armoede2022(),
          lines: [
            ...armoede2022().lines,
            { code: "WB", name: "Werkbudget", costing: { kind: "to-be-determined" }, presented: "euros" },
            {
              code: "PB",
              name: "Procesbegeleiding",
              costing: {
                kind: "quantity",
                factors: [{ amount: dec("3"), unit: "uur per week" }],
                rate: dec("125"),
                lumpSum: { amount: dec("6000"), label: "procesgeld" },
              },
              presented: "cents",
            },
          ],
        },
      ]),
      recordContributions({
        parties: [{ id: "ggd", name: "GGD", role: "executing-partner", lead: "P" }],
        contributions: [
          { partyId: "ggd", item: "a", form: "cash", amount: dec("10") },
          { partyId: "ggd", item: "b", form: "in-kind", hours: dec("2.5"), rate: dec("90") },
        ],
      }),
      decideGrant(grantDecision("2000000", { ceiling: dec("2100000") })),
      requestBudgetReallocation("m1", [moneyShift("armoede/BMW", "armoede/GS", { hours: "10" })]),
      requestBudgetReallocation("m2", [moneyShift("armoede/BMW", "armoede/SHV", { amount: "90000" })]),
      approveBudgetReallocation("m2"),
      reportCosts("2007", [
        { line: { group: "armoede", line: "BMW" }, amount: dec("100"), hours: dec("1.5") },
      ]),
    ],
    signed,
  );
  return JSON.parse(JSON.stringify(events.map(encodeEvent))) as unknown[];
})();

type Path = readonly (string | number)[];
const pathsOf = (v: unknown, prefix: Path = []): Path[] =>
  typeof v === "object" && v !== null
    ? [
        prefix,
        ...Object.entries(v).flatMap(([k, c]) => pathsOf(c, [...prefix, Array.isArray(v) ? Number(k) : k])),
      ]
    : [prefix];

const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    " ",
    "SCW 1",
    "velden",
    " 6 ",
    "-5",
    "5.",
    "05",
    "2007-02-30",
    "2007-05-08T25:00:00Z",
    "Hours",
    "forbidden",
    "maybe",
    null,
    0,
    -1,
    2.5,
    false,
    [],
    {},
  ),
  fc.string({ maxLength: 4 }),
);

type Mutation = { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "extra"; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  replacement.map((value) => ({ kind: "set" as const, value })),
  fc.constant({ kind: "delete" as const }),
  replacement.map((value) => ({ kind: "extra" as const, value })),
);

const mutate = (event: unknown, path: Path, m: Mutation): unknown => {
  const copy = structuredClone(event) as Record<string | number, unknown>;
  if (path.length === 0) return m.kind === "set" ? m.value : copy;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.kind === "set") parent[last] = m.value;
  else if (m.kind === "delete") delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === "object" && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>).extra = m.value;
  }
  return copy;
};

/** What decoding a current-version event meant before the fast path: the codec, its problems. */
const reference = (u: unknown) => {
  const type = (u as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !isDomainEventType(type)) return undefined;
  return E.mapLeft(decodeProblems)(
    decodeWithoutFastPaths(eventCodecs[type] as unknown as t.Type<DomainEvent>, u),
  );
};

describe("decodeEvent on the fast path", () => {
  it("decodes every stored event to what the codec decodes", () => {
    for (const u of stored) expect(decodeEvent(u)).toStrictEqual(reference(u));
  });

  it("gives the codec's result or the codec's problems when any one member is removed or blanked", () => {
    const mutations: Mutation[] = [
      { kind: "delete" },
      { kind: "set", value: "" },
      { kind: "set", value: " " },
      { kind: "set", value: null },
      { kind: "set", value: -1 },
      { kind: "extra", value: 1 },
    ];
    for (const event of stored) {
      for (const path of pathsOf(event).slice(1)) {
        for (const m of mutations) {
          const u = mutate(event, path, m);
          const expected = reference(u);
          if (expected === undefined || path[0] === "schemaVersion") continue;
          expect(decodeEvent(u)).toStrictEqual(expected);
        }
      }
    }
  });

  it("gives the codec's result or the codec's problems for any mutation of a stored event", () => {
    const cases = fc
      .nat(stored.length - 1)
      .chain((i) => fc.tuple(fc.constant(i), fc.constantFrom(...pathsOf(stored[i])), mutation));
    fc.assert(
      fc.property(cases, ([i, path, m]) => {
        const u = mutate(stored[i], path, m);
        const expected = reference(u);
        const schemaVersion = (u as { schemaVersion?: unknown } | null)?.schemaVersion;
        const current = (stored[i] as { schemaVersion: number }).schemaVersion;
        // Other versions and unknown types take the upcaster and envelope checks, not the codec.
        fc.pre(expected !== undefined && schemaVersion === current);
        expect(decodeEvent(u)).toStrictEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });
});
