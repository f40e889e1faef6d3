import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toDecimalString } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { loadManifest } from "./loadManifest";

const GOOD = {
  agreement: {
    id: "a",
    municipality: { id: "gm0114", name: "Gemeente Emmen" },
    provider: { id: "sedna", name: "Sedna" },
    period: { start: "2007-01-01", end: "2007-12-31" },
  },
  resultAreas: [{ code: "2", name: "Jeugd", table: "a.tsv" }],
  budgets: [{ name: "b", table: "b.tsv", hoursPerFte: 1525 }],
};

const write = async (content: string) => {
  const dir = await mkdtemp(join(tmpdir(), "gl-manifest-"));
  const path = join(dir, "manifest.json");
  await writeFile(path, content);
  return path;
};

describe("loadManifest", () => {
  it("decodes a manifest, defaulting the unit to hours and the lists to empty", async () => {
    const m = await loadManifest(await write(JSON.stringify(GOOD)));
    if (E.isLeft(m)) throw new Error(JSON.stringify(m.left));
    expect(m.right.unit).toBe("hours");
    expect(m.right.annexes).toEqual([]);
    expect(toDecimalString(m.right.budgets[0]!.hoursPerFte)).toBe("1525");
  });

  it("names the path and the value of each problem", async () => {
    const bad = {
      ...GOOD,
      agreement: { ...GOOD.agreement, period: { start: "2007-13-01", end: "2007-12-31" } },
      budgets: [{ name: "b", table: "b.tsv", hoursPerFte: 0 }],
    };
    const m = await loadManifest(await write(JSON.stringify(bad)));
    expect(E.isLeft(m)).toBe(true);
    const messages = E.isLeft(m) ? m.left.map((p) => p.message) : [];
    expect(messages).toContainEqual(expect.stringContaining("at agreement.period.start"));
    expect(messages).toContainEqual(expect.stringContaining('"2007-13-01"'));
    expect(messages).toContainEqual(expect.stringContaining("at budgets[0].hoursPerFte"));
  });

  it("refuses invalid JSON, a missing file and a result area listed twice", async () => {
    expect(await loadManifest(await write("{ nope"))).toMatchObject({ _tag: "Left" });
    expect(await loadManifest("/nonexistent/manifest.json")).toEqual(
      E.left([expect.objectContaining({ message: expect.stringContaining("no such manifest") })]),
    );
    const twice = {
      ...GOOD,
      resultAreas: [...GOOD.resultAreas, { code: "2.", name: "Jeugd again", table: "c.tsv" }],
    };
    expect(await loadManifest(await write(JSON.stringify(twice)))).toEqual(
      E.left([
        expect.objectContaining({ message: expect.stringContaining("result area 2 is listed twice") }),
      ]),
    );
  });
});
