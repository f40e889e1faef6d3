/**
 * Exact decimal numbers over native bigint: value = units / 10^scale.
 *
 * Why not a library: decimal.js and friends are decimal *floating point* with a precision
 * limit that silently rounds long products; big.js rounds on division. Units and money must
 * never round except when presented, and bigint already gives exact integers, so the only
 * thing needed is a scale. Division is deliberately absent: ratios are compared by
 * cross-multiplication, and `percentOf` rounds explicitly for presentation.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [];
const pow10 = (n: number): bigint => {
  let p = POW10[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    POW10[n] = p;
  }
  return p;
};

/** Strips trailing zeros so that equal values have one representation. */
const normalise = (units: bigint, scale: number): Decimal => {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  return { units: u, scale: s };
};

export const decimal = (units: bigint | number, scale = 0): Decimal => {
  if (typeof units === "number" && !Number.isSafeInteger(units)) {
    throw new RangeError(`decimal() takes integer units, got ${units}`);
  }
  return normalise(BigInt(units), scale);
};

export const ZERO: Decimal = { units: 0n, scale: 0 };

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Parses the canonical form used in events and APIs: `-12`, `4986.75`. No exponent, no grouping. */
export const parseDecimal = (text: string): Decimal | undefined => {
  if (!CANONICAL.test(text)) return undefined;
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [int = "0", frac = ""] = body.split(".");
  const units = BigInt(int + frac) * (negative ? -1n : 1n);
  return normalise(units, frac.length);
};

export const toDecimalString = (d: Decimal): string => {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString();
  if (d.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(d.scale + 1, "0");
  const int = padded.slice(0, padded.length - d.scale);
  const frac = padded.slice(padded.length - d.scale);
  return `${negative ? "-" : ""}${int}.${frac}`;
};

const align = (a: Decimal, b: Decimal): [bigint, bigint, number] => {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
};

export const add = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, s] = align(a, b);
  return normalise(x + y, s);
};

export const subtract = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, s] = align(a, b);
  return normalise(x - y, s);
};

export const multiply = (a: Decimal, b: Decimal): Decimal => normalise(a.units * b.units, a.scale + b.scale);

export const negate = (a: Decimal): Decimal => ({ units: -a.units, scale: a.scale });

export const compare = (a: Decimal, b: Decimal): -1 | 0 | 1 => {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export const equals = (a: Decimal, b: Decimal): boolean => compare(a, b) === 0;
export const isZero = (a: Decimal): boolean => a.units === 0n;
export const isNegative = (a: Decimal): boolean => a.units < 0n;
export const isPositive = (a: Decimal): boolean => a.units > 0n;
export const abs = (a: Decimal): Decimal => (a.units < 0n ? negate(a) : a);
export const min = (a: Decimal, b: Decimal): Decimal => (compare(a, b) <= 0 ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (compare(a, b) >= 0 ? a : b);
export const sum = (values: Iterable<Decimal>): Decimal => {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
};

/** Rounds half away from zero to `scale` decimals. Only for presentation. */
export const round = (a: Decimal, scale: number): Decimal => {
  if (a.scale <= scale) return a;
  const divisor = pow10(a.scale - scale);
  const negative = a.units < 0n;
  const magnitude = negative ? -a.units : a.units;
  let q = magnitude / divisor;
  const r = magnitude % divisor;
  if (r * 2n >= divisor) q += 1n;
  return normalise(negative ? -q : q, scale);
};

/**
 * numerator / denominator × 100, rounded half away from zero to `scale` decimals.
 * For presentation ("10.2%"); decisions compare exactly with `compare(multiply(...))`.
 */
export const percentOf = (numerator: Decimal, denominator: Decimal, scale = 1): Decimal => {
  if (isZero(denominator)) throw new RangeError("percentOf: denominator is zero");
  const [n, d] = align(numerator, denominator);
  const extra = scale + 1;
  const scaled = (n * 100n * pow10(extra)) / d; // truncated, one digit beyond what we keep
  return round(normalise(scaled, extra), scale);
};

/**
 * numerator / denominator rounded half away from zero to `scale` decimals, and whether that is
 * exact. For presentation only ("€ 930,60 ÷ € 62,25 = 14,95 h"): amounts stay products.
 */
export const quotient = (
  numerator: Decimal,
  denominator: Decimal,
  scale: number,
): { readonly value: Decimal; readonly exact: boolean } => {
  if (isZero(denominator)) throw new RangeError("quotient: denominator is zero");
  const [n, d] = align(numerator, denominator);
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const scaled = an * pow10(scale);
  let q = scaled / ad;
  const r = scaled % ad;
  if (r * 2n >= ad) q += 1n;
  return { value: normalise(negative ? -q : q, scale), exact: r === 0n };
};
