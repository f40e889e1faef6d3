import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Discrepancy, reconcile } from "../src";
import { fixtureCopy } from "./support/fixtureCopy";

/**
 * The shapes and mistakes the emmen-2007 README documents for the agreement's printed tables
 * (captions, blank lines, separator rows, rows with only their first cell filled, a cell naming
 * several work types, continuation rows), applied to the tables the importer reads. Each is read
 * or reported with file and line, and the rest of the documents is still checked.
 */

const A2 = "arrangement-2-jeugd.tsv";
const VELDEN = "annex-de-velden.tsv";

const lines = (text: string) => text.split("\n");
const insertAt = (line: number, inserted: string) => (text: string) => {
  const ls = lines(text);
  ls.splice(line - 1, 0, inserted);
  return ls.join("\n");
};

const discrepancies = async (edits: (copy: Awaited<ReturnType<typeof fixtureCopy>>) => Promise<void>) => {
  const copy = await fixtureCopy();
  await edits(copy);
  const r = await reconcile(copy.manifestPath);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right.discrepancies.map((d: Discrepancy) => [d.kind, d.file, d.line]);
};

describe("documented shapes of the printed tables", () => {
  it("a caption above the header is not the header: the table still reconciles", async () => {
    expect(
      await discrepancies(async (c) => {
        await c.edit(A2, insertAt(1, "Inzet per arrangement 2007"));
        await c.edit(VELDEN, insertAt(1, "Inzet formatie De Velden"));
      }),
    ).toEqual([]);
  });

  it("blank lines inside a table keep every later line number true", async () => {
    expect(
      await discrepancies(async (c) => {
        await c.edit(A2, insertAt(3, ""));
        await c.edit(A2, insertAt(3, "\t\t"));
        // SCW, now on line 5, disagrees with its Totaal.
        await c.edit(A2, (t) => t.replace("SCW\t350", "SCW\t351"));
      }),
    ).toContainEqual(["row-total", A2, 5]);
  });

  it("a separator row is reported at its line and not read; the totals below it still check", async () => {
    expect(
      await discrepancies(async (c) => {
        await c.edit(A2, insertAt(9, "--------\t--\t---\t\t\t\t\t"));
        await c.edit(VELDEN, insertAt(17, "--------\t--\t---"));
      }),
    ).toEqual([
      ["misaligned-row", VELDEN, 17],
      ["misaligned-row", A2, 9],
    ]);
  });

  it("a row with only its first cell filled is reported in a matrix; in an annex a result area alone heads its rows", async () => {
    expect(
      await discrepancies(async (c) => {
        await c.edit(A2, insertAt(3, "Schoonebeek"));
        await c.edit(VELDEN, (t) => t.replace("2. Jeugd\tOBW\t380", "2. Jeugd\n\tOBW\t380"));
      }),
    ).toEqual([["misaligned-row", A2, 3]]);
  });

  it("a heading that names no result area is reported, and the rows under it are not compared", async () => {
    const found = await discrepancies(async (c) => {
      await c.edit(VELDEN, (t) => t.replace("2. Jeugd\tOBW\t380", "Velden-Breed\n\tOBW\t380"));
    });
    expect(found).toContainEqual(["unknown-result-area", VELDEN, 2]);
    expect(found.filter(([kind]) => kind === "annex-mismatch")).toEqual([]);
  });

  it("a cell naming several work types (OBW/JW, SCW / SCW 1 /JW) is reported, and reading goes on", async () => {
    const found = await discrepancies(async (c) => {
      await c.edit(A2, (t) => t.replace("\nJW\t", "\nOBW/JW\t"));
      await c.edit(VELDEN, (t) => t.replace("\tJW\t420", "\tSCW / SCW 1 /JW\t420"));
    });
    expect(found).toContainEqual(["ambiguous-work-type", A2, 5]);
    expect(found).toContainEqual(["ambiguous-work-type", VELDEN, 4]);
    // The matrix's totals still add up: the row is read, under the name it was given.
    expect(found.filter(([kind, file]) => file === A2 && kind !== "ambiguous-work-type")).toEqual([]);
  });

  it("a continuation row with an empty first cell in a matrix is reported, not added to the row above", async () => {
    const found = await discrepancies(async (c) => {
      await c.edit(A2, insertAt(3, "\t\t1\t\t\t\t1\t"));
    });
    expect(found).toContainEqual(["misaligned-row", A2, 3]);
  });
});

describe("an annex whose units have slipped one row up against their labels", () => {
  // De Velden as printed, with result area 2's units one row up: the heading carries OBW's
  // 380, OBW carries SCW's 700, SCW carries JW's 420, and JW carries nothing.
  const slip = (t: string) =>
    t.replace("2. Jeugd\tOBW\t380\n\tSCW\t700\n\tJW\t420", "2. Jeugd\t\t380\n\tOBW\t700\n\tSCW\t420\n\tJW\t");

  const findings = async (edit: (t: string) => string) => {
    const copy = await fixtureCopy();
    await copy.edit(VELDEN, edit);
    const r = await reconcile(copy.manifestPath);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    return r.right.discrepancies;
  };

  it("is reported once, naming each row and what it says shifted back; nothing else is reported", async () => {
    const found = await findings(slip);
    expect(found.map((d) => [d.kind, d.file, d.line, d.resultArea])).toEqual([
      ["slipped-units", VELDEN, 2, "2"],
    ]);
    expect(found[0]?.message).toContain("lines 2–5");
    expect(found[0]?.message).toContain("line 3 OBW 380, line 4 SCW 700, line 5 JW 420");
  });

  it("the heading still sets the result area of the rows below it, and the total still checks", async () => {
    // Shifted back, OBW would say 381 where the table says 380: one mismatch, at its row, and the
    // total is off by one; the rows of result area 3 below are not blamed.
    const found = await findings((t) => slip(t).replace("2. Jeugd\t\t380", "2. Jeugd\t\t381"));
    expect(found.map((d) => [d.kind, d.line])).toEqual([
      ["slipped-units", 2],
      ["annex-mismatch", 3],
      ["annex-total", 18],
    ]);
    expect(found[1]?.message).toContain("printed on line 2, shifted back");
  });

  it("a heading with units but no slip below is one misaligned row and still heads its rows", async () => {
    const found = await findings((t) => t.replace("2. Jeugd\tOBW\t380", "2. Jeugd\t\t380\n\tOBW\t380"));
    // Without the fix the rows below were read as result area 7's (the one above), a cascade.
    expect(found.map((d) => [d.kind, d.line])).toEqual([["misaligned-row", 2]]);
  });
});
