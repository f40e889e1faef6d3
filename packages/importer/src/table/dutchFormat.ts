import { type Decimal, toDecimalString } from "@grant-ledger/core";

/** Dutch presentation of an exact number, as the documents print it: 4986,75 → `4.986,75`. */
export const formatDutch = (d: Decimal): string => {
  const text = toDecimalString(d);
  const negative = text.startsWith("-");
  const [int = "0", frac] = (negative ? text.slice(1) : text).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `,${frac}`}`;
};
