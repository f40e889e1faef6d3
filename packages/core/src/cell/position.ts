import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { boundedCache3 } from "../codec/boundedCache";
import { intersection } from "../codec/encodedAsIs";
import { isRecord, withFastPath } from "../codec/fastPath";
import { isNonBlank } from "../codec/text";
import { type Cell, normaliseDistrict, normaliseResultArea, normaliseWorkType } from "./cell";

/**
 * Where in the matrix a number is known. Documents specify at different levels: the 2007
 * offer is known per (result area, work type) only, the contract per cell. A missing
 * dimension means "not specified at this level", never zero.
 */
export interface Position {
  readonly resultArea: string;
  readonly workType?: string | undefined;
  readonly district?: string | undefined;
}

export type Granularity = "cell" | "row" | "resultArea";

export const granularityOf = (p: Position): Granularity =>
  p.workType !== undefined && p.district !== undefined
    ? "cell"
    : p.workType !== undefined
      ? "row"
      : "resultArea";

/** Finer first: comparisons happen at the finest level both sides specify. */
export const GRANULARITY_ORDER: readonly Granularity[] = ["cell", "row", "resultArea"];

export const coarser = (a: Granularity, b: Granularity): Granularity =>
  GRANULARITY_ORDER.indexOf(a) >= GRANULARITY_ORDER.indexOf(b) ? a : b;

export const position = (resultArea: string, workType?: string, district?: string): Position => ({
  resultArea: normaliseResultArea(resultArea),
  ...(workType === undefined ? {} : { workType: normaliseWorkType(workType) }),
  ...(district === undefined ? {} : { district: normaliseDistrict(district) }),
});

export const positionOfCell = (c: Cell): Position => c;

/** Reduces a position to a coarser granularity: a cell seen as its row, a row as its result area. */
export const atGranularity = (p: Position, g: Granularity): Position =>
  g === "cell"
    ? p
    : g === "row"
      ? { resultArea: p.resultArea, workType: p.workType }
      : { resultArea: p.resultArea };

// `2/OBW/Velden`, `2/OBW/*` (row), `2/*/*` (result area).
export const positionKey = (p: Position): string =>
  `${p.resultArea}/${p.workType ?? "*"}/${p.district ?? "*"}`;

export const isCell = (p: Position): p is Cell => granularityOf(p) === "cell";

// A blank code would make a position of its own (`2//*`): refuse it instead.
const Code = t.refinement(t.string, isNonBlank, "NonEmptyString");
const Raw = intersection([t.type({ resultArea: Code }), t.partial({ workType: Code, district: Code })]);

const positions = boundedCache3<Position>();

/** Shares one normalised position per spelling, like cells (positions are immutable plain objects). */
const fastPosition = (u: unknown): Position | undefined => {
  if (!isRecord(u)) return undefined;
  const { resultArea, workType, district } = u;
  if (
    typeof resultArea !== "string" ||
    (workType !== undefined && typeof workType !== "string") ||
    (district !== undefined && typeof district !== "string")
  )
    return undefined;
  const known = positions.get(resultArea, workType, district);
  if (known !== undefined) return known;
  if (
    !isNonBlank(resultArea) ||
    (workType !== undefined && !isNonBlank(workType)) ||
    (district !== undefined && (workType === undefined || !isNonBlank(district)))
  )
    return undefined;
  return positions.set(resultArea, workType, district, position(resultArea, workType, district));
};

export const PositionCodec = withFastPath(
  new t.Type<Position, Position, unknown>(
    "Position",
    (u): u is Position => Raw.is(u),
    (u, c) =>
      E.flatMap(Raw.validate(u, c), (raw) =>
        raw.district !== undefined && raw.workType === undefined
          ? t.failure(u, c, "a position with a district needs a work type")
          : t.success(position(raw.resultArea, raw.workType, raw.district)),
      ),
    (p) => ({ ...p }),
  ),
  fastPosition,
);
