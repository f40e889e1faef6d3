import { type HoursOnLine, lineRefKey } from "@grant-ledger/core";
import type { CostingWords } from "./costing.en";

/** `€ 5.000 van g/L1 naar g/L2; op g/L2 à € 62,25 per uur: ≈ 80,32 uur`. */
export const dutchCosting: CostingWords = (c, f) => {
  // Written by the core in English before costings were data: quoted inside a Dutch sentence.
  if (c.code === "legacy") return `zoals vastgelegd (Engels): ${JSON.stringify(c.text)}`;
  const linked = (l: HoursOnLine) =>
    `op ${lineRefKey(l.line)} à ${f.money(l.tariff)} per uur: ${l.exact ? "" : "≈ "}${f.hours(l.hours)}`;
  const how =
    c.code === "hours-at-tariff"
      ? `${f.hours(c.hours)} × ${f.money(c.tariff)} = ${f.money(c.amount)}`
      : f.money(c.amount);
  return [`${how} van ${lineRefKey(c.from)} naar ${lineRefKey(c.to)}`, ...c.linked.map(linked)].join("; ");
};
