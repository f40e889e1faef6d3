import {
  type Decimal,
  EUROS,
  type Quantity,
  type UnitKind,
  isZero,
  percentOf,
  toDecimalString,
} from "@grant-ledger/core";
import { type Messages, kindName } from "../messages/catalogue";

/** How numbers are printed for people; `--json` keeps the exact decimal strings instead. */
export interface NumberFormats {
  /** `36.146,125` (nl), `36,146.125` (en): every digit kept. */
  readonly amount: (d: Decimal) => string;
  /** `1.514 uur`, `82 groepen`; euros as `money` prints them (`€ 5.000`). */
  readonly quantity: (q: Quantity) => string;
  /** `36.146 uur + 82 groepen`, per kind in the order given. */
  readonly totals: (byKind: ReadonlyMap<UnitKind, Decimal>) => string;
  /** `10,2%`: part of whole, one decimal; `-` when the whole is zero. */
  readonly share: (part: Decimal, whole: Decimal) => string;
  /** `€ 854.788,43`: rounded half up to whole cents for presentation only. */
  readonly euros: (d: Decimal) => string;
  /** `€ 854.788`: whole euros, as budgets print them (386.722,4625 → 386.722), rounded half up. */
  readonly wholeEuros: (d: Decimal) => string;
  /**
   * `€ 5.000`, `€ 5.000,50`, `€ 386.722,4625`: an exact amount of euros with every digit kept,
   * cents written out once there are any; for explanations, where nothing may be rounded away.
   */
  readonly money: (d: Decimal) => string;
}

/**
 * Intl.NumberFormat, given the exact decimal as a string (Intl.NumberFormat v3 formats a
 * decimal string without passing through a binary float), so no digit is lost or invented.
 */
export const numberFormats = (messages: Messages): NumberFormats => {
  const plain = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 20 });
  const oneDecimal = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 1 });
  const cents = new Intl.NumberFormat(messages.locale, {
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
  const exactMoney = (minimumFractionDigits: number) =>
    new Intl.NumberFormat(messages.locale, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits,
      maximumFractionDigits: 20,
    });
  const wholeMoney = exactMoney(0);
  const centsMoney = exactMoney(2);
  // Intl puts a no-break space after the euro sign; a plain one pastes and greps as people expect.
  const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  const amount = (d: Decimal) => plain.format(toDecimalString(d) as `${number}`);
  const money = (d: Decimal) =>
    spaced((d.scale === 0 ? wholeMoney : centsMoney).format(toDecimalString(d) as `${number}`));
  const quantity = (q: Quantity) =>
    q.kind === EUROS ? money(q.amount) : `${amount(q.amount)} ${kindName(messages, q.kind)}`;
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
    euros: (d) => spaced(cents.format(toDecimalString(d) as `${number}`)),
    wholeEuros: (d) => spaced(whole.format(toDecimalString(d) as `${number}`)),
    money,
  };
};
