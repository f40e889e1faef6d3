import {
  type Decimal,
  compare,
  decimal,
  isZero,
  multiply,
  percentOf,
  toDecimalString,
} from "../quantity/decimal";
import { EUROS, HOURS, type UnitKind } from "../quantity/unitKind";

/** `36146` → `36 146`, `4986.75` → `4 986.75`: grouped for reading, exact. */
export const formatAmount = (d: Decimal): string => {
  const text = toDecimalString(d);
  const negative = text.startsWith("-");
  const [int = "0", frac] = (negative ? text.slice(1) : text).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`;
};

export const formatUnits = (d: Decimal, kind: UnitKind): string =>
  kind === EUROS ? `€ ${formatAmount(d)}` : `${formatAmount(d)} ${kind === HOURS ? "h" : kind}`;

const HUNDRED = decimal(100);

export const formatPercent = (d: Decimal): string => `${toDecimalString(d)}%`;

/**
 * part / whole as a percentage for an explanation next to `limit`: one decimal, or more
 * when one decimal would make a value just above the limit read as equal to it, or a
 * small transfer read as none.
 */
export const displayPercent = (part: Decimal, whole: Decimal, limit: Decimal): string =>
  `${displayShare(part, whole, limit)}%`;

/** `displayPercent` without the sign: the exact decimal shown (`18.4`), or `∞` against zero. */
export const displayShare = (part: Decimal, whole: Decimal, limit: Decimal): string => {
  if (isZero(whole)) return "∞";
  let scale = 1;
  let shown = percentOf(part, whole, scale);
  const blurred = (d: Decimal): boolean =>
    (compare(d, limit) === 0 && !exactlyPercent(part, whole, limit)) || (isZero(d) && !isZero(part));
  while (scale < 6 && blurred(shown)) {
    scale += 1;
    shown = percentOf(part, whole, scale);
  }
  return toDecimalString(shown);
};

const exactlyPercent = (part: Decimal, whole: Decimal, percent: Decimal): boolean =>
  comparePercent(part, whole, percent) === 0;

/** Compares part / whole × 100 with `percent` exactly, by cross-multiplication (whole > 0). */
export const comparePercent = (part: Decimal, whole: Decimal, percent: Decimal): -1 | 0 | 1 =>
  compare(multiply(part, HUNDRED), multiply(percent, whole));
