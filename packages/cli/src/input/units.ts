import { type Decimal, isPositive, parseDecimal } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/**
 * The one grammar of a number typed on the command line (`--units`, `--final-amount`):
 * digits, optionally the language's decimal separator and more digits. Dutch (default): a
 * comma (`12,5`); English: a point (`12.5`). The other sign would be a thousands separator,
 * and those are refused. A separator followed by exactly three digits (`1.500`, `1,500`) is
 * refused in both: one of the two notations reads it as thousands, so it is never a guess.
 */
export const parseTypedNumber = (option: string, raw: string, m: Messages): E.Either<CliFailure, Decimal> => {
  const usage = (message: string): E.Either<CliFailure, never> => E.left({ kind: "usage", message });
  const text = raw.trim();
  const separator = m.decimalSeparator;
  const other = separator === "," ? "." : ",";
  if (text === "") return usage(m.units.empty(option));
  if (/^\d+$/.test(text.split(other).join("")) && text.includes(other))
    return usage(m.units.thousandsSeparator(option, raw));
  const match = new RegExp(`^(\\d+)(?:\\${separator}(\\d+))?$`).exec(text);
  if (match === null) return usage(m.units.notANumber(option, raw));
  const [, whole = "", fraction] = match;
  if (fraction?.length === 3) return usage(m.units.threeDecimals(option, raw));
  const canonical = `${whole.replace(/^0+(?=\d)/, "")}${fraction === undefined ? "" : `.${fraction}`}`;
  const value = parseDecimal(canonical);
  return value === undefined ? usage(m.units.notANumber(option, raw)) : E.right(value);
};

/** `--units`: a number of units a shift moves, more than zero. */
export const parseUnits = (raw: string, m: Messages): E.Either<CliFailure, Decimal> =>
  E.flatMap(parseTypedNumber("--units", raw, m), (d) =>
    isPositive(d)
      ? E.right(d)
      : E.left<CliFailure>({ kind: "usage", message: m.units.notPositive("--units", raw) }),
  );
