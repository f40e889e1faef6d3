import { toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import type { Table } from "../table/readTable";
import { parseServices } from "./services";

const table = (lines: readonly string[]): Table =>
  ({
    file: "d.tsv",
    rows: lines.map((l, i) => ({ line: i + 1, cells: l.split("\t") })),
  }) as never;

const HEADER = "Dienst\tUitvoering\tBereik\tInwoners\tVrijwilligers\tKetenpartners";
const found = (lines: readonly string[]) =>
  parseServices(table([HEADER, ...lines]), "Huiselijk geweld", "unique").findings.map(
    (f) => `${f.kind} ${f.severity} ${f.line} ${f.expected}/${f.found}`,
  );

describe("reach split by category in a services table", () => {
  it("reads each service's split and sums it per category; a split that adds up finds nothing", () => {
    const read = parseServices(
      table([HEADER, "A\tBMW\t50\t40\t10\t", "B\tBW\t300\t60\t40\t200", "Totaal\t\t350\t100\t50\t200"]),
      "Huiselijk geweld",
      "unique",
    );
    expect(read.findings).toEqual([]);
    expect(read.services.map((s) => s.categories)).toEqual([
      [
        { category: "residents", count: 40 },
        { category: "volunteers", count: 10 },
      ],
      [
        { category: "residents", count: 60 },
        { category: "volunteers", count: 40 },
        { category: "chainPartners", count: 200 },
      ],
    ]);
    expect(
      Object.fromEntries(Object.entries(read.categories ?? {}).map(([k, v]) => [k, toDecimalString(v)])),
    ).toEqual({ residents: "100", volunteers: "50", chainPartners: "200" });
  });

  it("a service whose split does not add up to its reach is a discrepancy at its line, naming both sums", () => {
    const r = parseServices(
      table([HEADER, "A\tBMW\t50\t40\t5\t", "Totaal\t\t50\t40\t5\t"]),
      "Huiselijk geweld",
      "unique",
    );
    expect(r.findings.map((f) => [f.kind, f.severity, f.line, f.expected, f.found])).toEqual([
      ["reach-total", "discrepancy", 2, "50", "45"],
      ["reach-total", "discrepancy", 3, "50", "45"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "d.tsv:2: the reach of `A` per category (residents 40 + volunteers 5 = 45) is not its stated reach 50",
    );
  });

  it("a printed category total that is not the sum of its services is a discrepancy at the Totaal line", () => {
    expect(found(["A\tBMW\t50\t40\t10\t", "B\tBW\t30\t30\t\t", "Totaal\t\t80\t60\t20\t"])).toEqual([
      "reach-total discrepancy 4 70/60",
      "reach-total discrepancy 4 10/20",
    ]);
  });

  it("keeps n.t.b. and '-' as they are: an undetermined reach keeps its split unchecked, a category n.t.b. leaves the sum unchecked", () => {
    const read = parseServices(
      table([HEADER, "KOPP\tBW\tn.t.b.\t10\t\t", "A\tBMW\t50\t40\tn.t.b.\t", "Totaal\t\t50\t\t\t"]),
      "Huiselijk geweld",
      "unique",
    );
    expect(read.findings.map((f) => `${f.kind} ${f.severity} ${f.line}`)).toEqual(["reach-figure note 2"]);
    expect(read.services[0]).toMatchObject({
      planned: { state: "toBeDetermined", printed: "n.t.b." },
      categories: [{ category: "residents", count: 10 }],
    });
    expect(read.services[1]?.categories).toEqual([{ category: "residents", count: 40 }]);
  });

  it("a split with a category n.t.b. may fall short of the reach, but one that already exceeds it is a discrepancy at its line", () => {
    const r = parseServices(
      table([HEADER, "A\tBMW\t50\t40\tn.t.b.\t", "B\tBW\t30\t20\tn.t.b.\t15", "Totaal\t\t80\t\t\t"]),
      "Huiselijk geweld",
      "unique",
    );
    expect(r.findings.map((f) => [f.kind, f.severity, f.line, f.expected, f.found])).toEqual([
      ["reach-total", "discrepancy", 3, "30", "35"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "d.tsv:3: the reach of `B` per category (residents 20 + chain partners 15 = 35, the rest to be determined) is more than its stated reach 30",
    );
  });

  it("a category figure that is no whole number is a discrepancy naming the category", () => {
    expect(found(["A\tBMW\t50\t40\t\tveel", "Totaal\t\t50\t\t\t"])).toEqual([
      "not-a-number discrepancy 2 a whole number of people or contacts/veel",
    ]);
  });

  it("a table without category columns has no split: no categories anywhere", () => {
    const read = parseServices(
      table(["Dienst\tUitvoering\tBereik", "A\tBMW\t50", "Totaal\t\t50"]),
      "Armoede",
      "contacts",
    );
    expect(read.categories).toBeUndefined();
    expect(read.services[0]?.categories).toBeUndefined();
  });

  it("reads `Bereik inwoners` as the residents' column, not as the total's", () => {
    const read = parseServices(
      table(["Dienst\tBereik inwoners\tBereik", "A\t30\t50", "Totaal\t\t50"]),
      "Armoede",
      "contacts",
    );
    expect(read.services[0]).toMatchObject({
      planned: 50,
      categories: [{ category: "residents", count: 30 }],
    });
    expect(read.findings.map((f) => f.kind)).toEqual(["reach-total"]);
  });
});
