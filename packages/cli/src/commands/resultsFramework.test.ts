import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { importCli } from "./import";
import { reportCli } from "./report";
import { reportResultCli } from "./reportResult";

const ROOT = resolve(import.meta.dirname, "../../../..");
const HAREN = join(ROOT, "tests/fixtures/haren-2013");
const RHEDEN = join(ROOT, "tests/fixtures/rheden-2020");

const captured = () => {
  const out: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
  return { io, text: () => out.join("\n"), json: () => JSON.parse(out[out.length - 1] ?? "null") };
};

describe("a results framework from the CLI: imported, tracked per period, reported", () => {
  it("imports the Haren effect forms (their two contradictions accepted), measures 2013 and reports it in nl and en", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-results-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const on = ["--store", store, "--agreement", "haren-wmo-2013"];
    const refused = captured();
    expect(await importCli([join(HAREN, "manifest.json"), "--store", store, "--create"], refused.io)).toBe(1);
    expect(refused.text()).toContain("rol uitvoerder");
    const imported = captured();
    expect(
      await importCli(
        [
          join(HAREN, "manifest.json"),
          "--store",
          store,
          "--accept-discrepancies",
          "--sign",
          join(HAREN, "signatures.synthetic.json"),
        ],
        imported.io,
      ),
    ).toBe(0);
    expect(imported.text()).toContain("ResultsFrameworkRecorded");

    const measured = captured();
    expect(
      await reportResultCli(
        [
          join(HAREN, "meting-2013.synthetic.json"),
          "--framework",
          ...on,
          "--actor",
          "torion:provider:teamleider",
          "--json",
        ],
        measured.io,
      ),
    ).toBe(0);
    expect(measured.json()).toMatchObject({
      ok: true,
      period: "2013",
      indicators: [
        { indicatorId: "1.1-i1", verdict: "notMeasurable" },
        { indicatorId: "1.3-i1", verdict: "notMeasurable" },
      ],
    });

    const nl = captured();
    expect(await reportCli(["realisation", ...on, "--format", "csv"], nl.io)).toBe(0);
    expect(nl.text()).toContain(
      "2013;1.3-i1;outcome;Aantal jongeren dat deelneemt aan activiteiten.;;;nader te bepalen;31;niet meetbaar",
    );
    expect(nl.text()).toContain("ZRM socialParticipation;1–2 → 3–4;12");
    const en = captured();
    expect(await reportCli(["realisation", ...on, "--format", "csv", "--lang", "en"], en.io)).toBe(0);
    expect(en.text()).toContain("to be determined;31;not measurable");

    const unknown = captured();
    const bad = join(dir, "bad.json");
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(
        bad,
        JSON.stringify({
          period: "2013",
          indicators: [{ indicatorId: "9.9", value: "1" }],
          reach: [],
          effects: [],
          milestones: [],
        }),
      ),
    );
    expect(
      await reportResultCli([bad, "--framework", ...on, "--actor", "torion:provider:teamleider"], unknown.io),
    ).toBe(4);
    expect(unknown.text()).toContain("het resultatenkader kent geen indicator 9.9");
  });

  it("imports a Rheden concept assignment: goals, effects, ambitions and 'Nader te bepalen' as to be determined", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-results-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const c = captured();
    expect(
      await importCli([join(RHEDEN, "manifest.json"), "--store", store, "--create", "--json"], c.io),
    ).toBe(0);
    expect(JSON.stringify(c.json())).toContain("ResultsFrameworkRecorded");
  });
});
