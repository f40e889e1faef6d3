import * as E from "fp-ts/Either";
import { type Decimal, parseDecimal } from "./decimal";
import type { Money } from "./money";
import type { Quantity } from "./quantity";
import { HOURS, type UnitKind, unitKindFromWord } from "./unitKind";

export interface NumberParseError {
  readonly _tag: "NumberParseError";
  readonly input: string;
  readonly message: string;
}

const fail = (input: string, why: string): E.Either<NumberParseError, never> =>
  E.left({
    _tag: "NumberParseError",
    input,
    message: `cannot read ${JSON.stringify(input)} as a number: ${why}`,
  });

// 19.130 | 19130 | 3,27 | 1.234,5 | -12 ; dots group thousands in threes, a comma starts decimals.
const DUTCH = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * Reads a number as printed in Dutch documents: `19.130` is 19130, `3,27` is 3.27.
 * Anything else (English decimals like `3.5`, stray text, empty) is an error, never a guess.
 */
export const parseDutchDecimal = (raw: string): E.Either<NumberParseError, Decimal> => {
  const text = raw.trim().replace(/\u00a0/g, " ");
  if (text === "") return fail(raw, "it is empty");
  if (!DUTCH.test(text)) {
    if (/^-?\d+\.\d{1,2}$/.test(text))
      return fail(raw, "a dot groups thousands in Dutch notation; use a comma for decimals");
    return fail(raw, "expected Dutch notation such as 19.130 or 3,27");
  }
  const canonical = text.replace(/\./g, "").replace(",", ".");
  const d = parseDecimal(canonical.replace(/^(-?)0+(?=\d)/, "$1"));
  return d === undefined ? fail(raw, "expected Dutch notation such as 19.130 or 3,27") : E.right(d);
};

/** `€ 854.788`, `€77,55`, `854.788` → cents. More than two decimals is an error. */
export const parseDutchMoney = (raw: string): E.Either<NumberParseError, Money> => {
  const text = raw
    .trim()
    .replace(/^€\s*/, "")
    .replace(/^EUR\s*/i, "");
  return E.flatMap(parseDutchDecimal(text), (d) =>
    d.scale > 2
      ? fail(raw, "money has at most two decimals (whole cents)")
      : E.right({ cents: d.units * 10n ** BigInt(2 - d.scale) }),
  );
};

/**
 * `1.500` → 1500 hours (the default kind), `82 groepen` → 82 groups.
 * An unknown unit word is an error rather than a silent "hours".
 */
export const parseDutchQuantity = (
  raw: string,
  defaultKind: UnitKind = HOURS,
): E.Either<NumberParseError, Quantity> => {
  const match = /^\s*(-?[\d.,]+)\s*([^\d\s].*)?$/.exec(raw.replace(/\u00a0/g, " "));
  if (!match) return fail(raw, "expected a number, optionally followed by a unit such as `groepen`");
  const [, number = "", word] = match;
  const kind = word === undefined ? defaultKind : unitKindFromWord(word);
  if (kind === undefined) return fail(raw, `unknown unit ${JSON.stringify(word?.trim())}`);
  return E.map((amount: Decimal): Quantity => ({ kind, amount }))(parseDutchDecimal(number));
};
