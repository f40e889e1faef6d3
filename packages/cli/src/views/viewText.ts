import { UnitKind, parseDecimal } from "@grant-ledger/core";
import type { NumberFormats } from "../format/numbers";
import { type Messages, kindName } from "../messages/catalogue";

/**
 * A view row's exact amount (`"3364.5"`) for people, in the language's number format
 * (`3.364,5 uur`); a string that is not a decimal is shown as it is rather than guessed at.
 */
export const viewQuantity = (
  q: { kind: string; amount: string },
  formats: NumberFormats,
  m: Messages,
): string => {
  const d = parseDecimal(q.amount);
  return d === undefined || !UnitKind.is(q.kind)
    ? `${q.amount} ${kindName(m, q.kind)}`
    : formats.quantity({ kind: q.kind, amount: d });
};

/** A percentage held as an exact string (`"18.4"`) in the language's format (`18,4`). */
export const viewNumber = (text: string, formats: NumberFormats): string => {
  const d = parseDecimal(text);
  return d === undefined ? text : formats.amount(d);
};
