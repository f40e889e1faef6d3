import {
  type Decimal,
  type Quantity,
  type UnitKind,
  isZero,
  percentOf,
  toDecimalString,
} from "@grant-ledger/core";
import type { Messages } from "../messages/catalogue";

/** How numbers are printed for people; `--json` keeps the exact decimal strings instead. */
export interface NumberFormats {
  /** `36.146,125` (nl), `36,146.125` (en): every digit kept. */
  readonly amount: (d: Decimal) => string;
  /** `1.514 uur`, `82 groepen`. */
  readonly quantity: (q: Quantity) => string;
  /** `36.146 uur + 82 groepen`, per kind in the order given. */
  readonly totals: (byKind: ReadonlyMap<UnitKind, Decimal>) => string;
  /** `10,2%`: part of whole, one decimal; `-` when the whole is zero. */
  readonly share: (part: Decimal, whole: Decimal) => string;
  /** `€ 854.788,43`: rounded half up to whole cents for presentation only. */
  readonly euros: (d: Decimal) => string;
  /** `€ 854.788`: whole euros, as budgets print them (386.722,4625 → 386.722), rounded half up. */
  readonly wholeEuros: (d: Decimal) => string;
}

/**
 * Intl.NumberFormat, given the exact decimal as a string (Intl.NumberFormat v3 formats a
 * decimal string without passing through a binary float), so no digit is lost or invented.
 */
export const numberFormats = (messages: Messages): NumberFormats => {
  const plain = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 20 });
  const oneDecimal = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(messages.locale, {
    style: "currency",
    currency: "EUR",
    roundingMode: "halfExpand",
  });
  const whole = new Intl.NumberFormat(messages.locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    roundingMode: "halfExpand",
  });
  const amount = (d: Decimal) => plain.format(toDecimalString(d) as `${number}`);
  const quantity = (q: Quantity) => `${amount(q.amount)} ${messages.kindNames[q.kind] ?? q.kind}`;
  return {
    amount,
    quantity,
    totals: (byKind) =>
      byKind.size === 0
        ? messages.lifecycle.nothing
        : [...byKind].map(([kind, d]) => quantity({ kind, amount: d })).join(messages.lifecycle.and),
    share: (part, whole) =>
      isZero(whole)
        ? "-"
        : `${oneDecimal.format(toDecimalString(percentOf(part, whole, 1)) as `${number}`)}%`,
    // Intl puts a no-break space after the euro sign; a plain one pastes and greps as people expect.
    euros: (d) => money.format(toDecimalString(d) as `${number}`).replace(/[\u00a0\u202f]/g, " "),
    wholeEuros: (d) => whole.format(toDecimalString(d) as `${number}`).replace(/[\u00a0\u202f]/g, " "),
  };
};
