import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { boundedCache3 } from "../codec/boundedCache";
import { isRecord, withFastPath } from "../codec/fastPath";
import { isNonBlank } from "../codec/text";

/**
 * A cell of the agreement matrix: (result area, work type, district).
 * Codes are normalised on the way in, so `SCW 1` and `SCW1`, `velden` and `Velden` are one cell.
 */
export interface Cell {
  readonly resultArea: string;
  readonly workType: string;
  readonly district: string;
}

const collapse = (s: string): string => s.trim().replace(/\s+/g, " ");

/** Result areas are identified by their code as printed before the name: `2` in `2. Jeugd`. */
export const normaliseResultArea = (s: string): string => {
  const text = collapse(s);
  // "2. Jeugd" and "2." both mean result area 2; annexes and tables name the same area differently.
  const numbered = /^(\d+)\.(\s|$)/.exec(text);
  return numbered ? (numbered[1] as string) : text.replace(/\.$/, "");
};

/** Work types are upper-case codes without spaces: `SCW 1` → `SCW1`, `I & A` → `I&A`, `psz` → `PSZ`. */
export const normaliseWorkType = (s: string): string => s.replace(/\s+/g, "").toUpperCase();

/** Districts are names: `velden` → `Velden`, `BOVENWIJKS` → `Bovenwijks`. */
export const normaliseDistrict = (s: string): string =>
  collapse(s)
    .split(" ")
    .map((w) => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join(" ");

export const cell = (resultArea: string, workType: string, district: string): Cell => ({
  resultArea: normaliseResultArea(resultArea),
  workType: normaliseWorkType(workType),
  district: normaliseDistrict(district),
});

/** `6/OBW/Velden`: the notation used in messages, the CLI and the API. */
export const cellKey = (c: Cell): string => `${c.resultArea}/${c.workType}/${c.district}`;

export const sameCell = (a: Cell, b: Cell): boolean =>
  a.resultArea === b.resultArea && a.workType === b.workType && a.district === b.district;

export const parseCellKey = (text: string): E.Either<string, Cell> => {
  const parts = text.split("/");
  if (parts.length !== 3 || parts.some((p) => p.trim() === "")) {
    return E.left(
      `${JSON.stringify(text)} is not a cell: expected <result area>/<work type>/<district>, e.g. 6/OBW/Stad`,
    );
  }
  const [ra, wt, d] = parts as [string, string, string];
  return E.right(cell(ra, wt, d));
};

const NonEmpty = t.refinement(t.string, isNonBlank, "NonEmptyString");

const RawCell = t.type({ resultArea: t.string, workType: t.string, district: t.string });
const NonEmptyCell = t.type({ resultArea: NonEmpty, workType: NonEmpty, district: NonEmpty });

// Replays decode the same few dozen cells millions of times. Cells are immutable plain
// objects, so one normalised object per spelling is shared.
const cells = boundedCache3<Cell>();

const fastCell = (u: unknown): Cell | undefined => {
  if (!isRecord(u)) return undefined;
  const { resultArea, workType, district } = u;
  if (typeof resultArea !== "string" || typeof workType !== "string" || typeof district !== "string")
    return undefined;
  const known = cells.get(resultArea, workType, district);
  if (known !== undefined) return known;
  if (!isNonBlank(resultArea) || !isNonBlank(workType) || !isNonBlank(district)) return undefined;
  return cells.set(resultArea, workType, district, cell(resultArea, workType, district));
};

/** Decodes and normalises; encodes as the normalised object. */
export const CellCodec = withFastPath(
  new t.Type<Cell, Cell, unknown>(
    "Cell",
    (u): u is Cell => RawCell.is(u),
    (u, c) =>
      E.map((raw: { resultArea: string; workType: string; district: string }) =>
        cell(raw.resultArea, raw.workType, raw.district),
      )(NonEmptyCell.validate(u, c)),
    (c) => ({ resultArea: c.resultArea, workType: c.workType, district: c.district }),
  ),
  fastCell,
);
