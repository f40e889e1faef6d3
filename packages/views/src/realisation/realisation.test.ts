import { type ReportResult, toDecimalString } from "@grant-ledger/core";
import {
  cellAt,
  givenView,
  hours,
  proposeExample,
  reportResult,
  run,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { type ExplanationThreshold, realisationOf, realisedPerCellOf } from "./query";
import { realisationFold } from "./realisation";

const ID = "emmen-sedna-2007-example";

const report = (period: string, velden: number, reached: number, remarks?: string) => {
  const base = reportResult(period, [
    { position: cellAt("6/OBW/Velden"), quantity: hours(velden) },
    { position: cellAt("6/JW/Velden"), quantity: hours(660) },
  ]);
  const data: ReportResult["data"] = {
    ...base.data,
    reach: [{ expectedResultId: "er-jeugd-velden", reached: reached as never }],
    ...(remarks === undefined ? {} : { remarks }),
  };
  return { ...base, data };
};

const signed = () => recorded(run([proposeExample(), signBy("provider"), signBy("municipality")]).events);
const later = (commands: Parameters<typeof run>[0]) => {
  const before = run([proposeExample(), signBy("provider"), signBy("municipality")]);
  return recorded(run(commands, before.events).events.slice(before.events.length), before.events.length);
};
const query = (t?: ExplanationThreshold) => (s: Parameters<typeof memoryRowSource>[0]) =>
  realisationOf(memoryRowSource(s), ID, t);

describe("realisation", () => {
  it("compares planned with realised per cell and period, marks V/N and flags a missing explanation", () => {
    const [r] = later([report("2007-H1", 20, 35)]);
    givenView(realisationFold, signed())
      .when(r!)
      .thenQuery(
        (s) => query()(s)?.periods.map((p) => [p.period, p.lines, p.reach]),
        [
          [
            "2007-H1",
            [
              {
                position: { key: "6/OBW/Velden", resultArea: "6", workType: "OBW", district: "Velden" },
                level: "cell",
                kind: "hours",
                planned: "30",
                realised: "20",
                replaced: null,
                variance: "-10",
                mark: "N",
                explanationRequired: true,
                explanationMissing: true,
              },
              {
                position: { key: "6/JW/Velden", resultArea: "6", workType: "JW", district: "Velden" },
                level: "cell",
                kind: "hours",
                planned: "660",
                realised: "660",
                replaced: null,
                variance: "0",
                mark: "V",
                explanationRequired: false,
                explanationMissing: false,
              },
            ],
            [
              {
                expectedResultId: "er-jeugd-velden",
                activity: "inloop jongerencentrum",
                target: "40",
                reached: 35,
                replaced: null,
                variance: "-5",
                mark: "N",
                explanationRequired: true,
                explanationMissing: true,
              },
            ],
          ],
        ],
      );
  });

  it("shows the latest report per period, the corrections and what each line replaced", () => {
    const events = later([
      report("2007-H1", 20, 35),
      report("2007-H1", 28, 41, "late registration"),
      report("2007", 31, 44),
    ]);
    givenView(realisationFold, signed())
      .when(...events)
      .thenQuery((s) => query()(s)?.periods.map((p) => p.period), ["2007", "2007-H1"]);
    const state = [...signed(), ...events].reduce(realisationFold.evolve, realisationFold.initialState);
    const h1 = query()(state)?.periods.find((p) => p.period === "2007-H1");
    expect(h1?.report).toMatchObject({ remarks: "late registration" });
    expect(h1?.corrections.map((c) => c.revision)).toEqual([events[0]?.revision]);
    expect(h1?.lines[0]).toMatchObject({
      realised: "28",
      replaced: "20",
      variance: "-2",
      mark: "N",
      explanationRequired: false,
    });
    expect(h1?.reach[0]).toMatchObject({ reached: 41, replaced: 35, mark: "V", explanationRequired: false });
  });

  it("sums per cell what the latest report of each period realised, as realisationOf lists it", () => {
    // "2007" sorts after "2007-H1|…" as a key prefix: each period is still found once.
    const events = later([
      report("2007-H1", 20, 35),
      report("2007-H1", 28, 41, "late registration"),
      report("2007", 31, 44),
    ]);
    const source = memoryRowSource(
      [...signed(), ...events].reduce(realisationFold.evolve, realisationFold.initialState),
    );
    const text = (m: Map<string, unknown> | undefined) =>
      m === undefined
        ? undefined
        : Object.fromEntries([...m].map(([k, d]) => [k, toDecimalString(d as never)]));
    expect(text(realisedPerCellOf(source, ID))).toEqual({ "6/OBW/Velden": "59", "6/JW/Velden": "1320" });
    expect(text(realisedPerCellOf(source, ID, "2007-H1"))).toEqual({
      "6/OBW/Velden": "28",
      "6/JW/Velden": "660",
    });
    expect(text(realisedPerCellOf(source, ID, "2008"))).toEqual({});
    expect(realisedPerCellOf(memoryRowSource(realisationFold.initialState), ID)).toBeUndefined();
    const lines = realisationOf(source, ID)?.periods.flatMap((p) =>
      p.lines.map((l) => [p.period, l.realised]),
    );
    expect(lines).toEqual([
      ["2007", "31"],
      ["2007", "660"],
      ["2007-H1", "28"],
      ["2007-H1", "660"],
    ]);
  });

  it("takes the threshold as a percentage or as absolute units, judged exactly", () => {
    const events = [...signed(), ...later([report("2007-H1", 27, 40)])];
    const state = events.reduce(realisationFold.evolve, realisationFold.initialState);
    const line = (t: ExplanationThreshold) => query(t)(state)?.periods[0]?.lines[0];
    // 3 of 30 h is exactly 10%: not above 10, above 9.99.
    expect(line({ percent: "10" })?.explanationRequired).toBe(false);
    expect(line({ percent: "9.99" })?.explanationRequired).toBe(true);
    expect(line({ absolute: "3" })?.explanationRequired).toBe(false);
    expect(line({ absolute: "2.5" })?.explanationRequired).toBe(true);
  });

  it("knows no agreement it has not seen", () => {
    expect(query()(realisationFold.initialState)).toBeUndefined();
  });
});
