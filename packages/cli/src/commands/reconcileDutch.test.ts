import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { FindingCode } from "@grant-ledger/importer";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { reconcileCli } from "./reconcile";

const ROOT = resolve(import.meta.dirname, "../../../..");
const FIXTURES = join(ROOT, "tests/fixtures");

/** Every manifest of the fixtures, found on disk: a fixture added later is checked too. */
const manifests = async (): Promise<string[]> =>
  (await readdir(FIXTURES, { recursive: true }))
    .filter((name) => /manifest\.json$/.test(name))
    .map((name) => join(FIXTURES, name))
    .sort();

const run = async (args: readonly string[]) => {
  const printed: string[] = [];
  const io: CommandIo = { out: (t) => printed.push(t), err: (t) => printed.push(t) };
  const code = await reconcileCli([...args], io);
  return { code, out: printed.join("") };
};

/**
 * A copy of a fixture folder with some tables changed; each change must take (a fixture edited
 * later would otherwise leave the copy provoking nothing, and the test passing for nothing).
 */
const changedCopy = async (folder: string, manifest: string, changes: Record<string, [string, string][]>) => {
  const from = join(FIXTURES, folder);
  const dir = await mkdtemp(join(tmpdir(), "gl-cli-reconcile-nl-"));
  for (const name of await readdir(from)) await copyFile(join(from, name), join(dir, name));
  for (const [file, edits] of Object.entries(changes)) {
    let text = await readFile(join(dir, file), "utf8");
    for (const [was, is] of edits) {
      expect(text, `${folder}/${file} still has ${JSON.stringify(was)}`).toContain(was);
      text = text.replace(was, is);
    }
    await writeFile(join(dir, file), text);
  }
  return join(dir, manifest);
};

/** The fixtures changed so that the findings the fixtures themselves do not provoke are made too. */
const provoking = async (): Promise<{ name: string; path: string; codes: string[] }[]> => [
  {
    name: "emmen-2007, a cell that is no number",
    path: await changedCopy("emmen-2007", "manifest.json", {
      "arrangement-6-activering-en-participatie.tsv": [["JW\t\t330\t660", "JW\t\t330\t66O"]],
    }),
    codes: ["matrix-not-a-number"],
  },
  {
    name: "emmen-2007, a row, column and annex that disagree",
    path: await changedCopy("emmen-2007", "manifest.json", {
      "arrangement-2-jeugd.tsv": [["SCW\t350\t111\t700", "SCW\t350\t111\t710"]],
    }),
    codes: ["matrix-row-total"],
  },
  {
    name: "sedna-2022, services whose reach and split do not add up",
    path: await changedCopy("sedna-2022", "categories.synthetic.manifest.json", {
      "diensten-bereik-huiselijk-geweld-categorieen.synthetic.tsv": [
        ["Ondersteuningstrajecten\tBMW\t50\t50", "Ondersteuningstrajecten\tBMW\t50\t45"],
        ["groepswerk\tBMW\t50\t40\t10", "groepswerk\tBMW\t50\t4,5\t10"],
        ["Nazorg trajecten\tBMW\t10\t10\t", "Nazorg trajecten\tBMW\t10\tn.t.b.\t20"],
        ["vroegsignalering\tBW\t300", "vroegsignalering\tBW\t300*"],
        ["Totaal\t\t410\t160", "Extra\tBW\t12,5\nTotaal\t\t410\t160"],
      ],
      "diensten-bereik-doorbreken-van-armoede.tsv": [["Totaal\t\t1.055", "Totaal\t\tveel"]],
    }),
    codes: [
      "reach-categories-not-reach",
      "reach-category-not-whole",
      "reach-categories-over-reach",
      "services-reach-footnote",
      "services-reach-not-whole",
      "reach-category-total",
      "services-total-not-a-number",
    ],
  },
  {
    // Its own copy: `reconcile` keeps one `reach-total` per line, so on the same `Totaal` row a
    // wrong total reach would hide the wrong category totals above.
    name: "sedna-2022, a printed total reach that is not the services' sum",
    path: await changedCopy("sedna-2022", "services.manifest.json", {
      "diensten-bereik-perspectief-voor-jeugdigen.tsv": [["Totaal\t\t2.250", "Totaal\t\t2.205"]],
    }),
    codes: ["services-total-reach"],
  },
  {
    name: "buurt-vitaal-2009, a planning whose stated total is off and a period without an end",
    path: await changedCopy("buurt-vitaal-2009", "manifest.json", {
      "koek-planning.tsv": [
        ["50 feitelijke deelnemers", "51 feitelijke deelnemers"],
        ["Voorjaar tot medio 2012:", "Najaar 2012:"],
      ],
    }),
    codes: ["planning-stated-total", "planning-period-no-end", "planning-row-in-period"],
  },
];

/**
 * What a finding without a code prints in Dutch: the importer's English message, quoted
 * (`reconcile.nl.ts`, `detail`), with its English expected and found.
 */
const UNCODED = /melding van de importer|verwacht (a|an|the) /;

/** Reconciles in Dutch and as JSON: no finding is left to the importer's English. */
const expectAllDutch = async (path: string) => {
  const dutch = await run([path]);
  const uncoded = dutch.out.split("\n").filter((line) => UNCODED.test(line));
  expect(uncoded).toEqual([]);
  const json = JSON.parse((await run([path, "--json"])).out) as {
    discrepancies?: { code?: string; message: string }[];
  };
  const findings = json.discrepancies ?? [];
  expect(
    findings.filter((d) => d.code === undefined || !FindingCode.is(d.code)).map((d) => d.message),
  ).toEqual([]);
  return { dutch, codes: new Set(findings.map((d) => d.code)) };
};

describe("grant-ledger reconcile words every importer finding in Dutch", () => {
  it("for every manifest of the fixtures: no finding shows the importer's English", async () => {
    const all = await manifests();
    expect(all.length).toBeGreaterThan(5);
    for (const path of all) {
      const { dutch } = await expectAllDutch(path);
      // Unreadable input exits 2 before any finding: a fixture must be read to be checked.
      expect(dutch.code, relative(ROOT, path)).toBeLessThan(2);
    }
  }, 60_000);

  it("for the fixtures changed to provoke the findings they do not make themselves", async () => {
    for (const copy of await provoking()) {
      const { codes } = await expectAllDutch(copy.path);
      expect([...codes], copy.name).toEqual(expect.arrayContaining(copy.codes));
    }
  }, 60_000);
});
