import { type Decimal, type Factor, parseDutchDecimal } from "@grant-ledger/core";
import * as E from "fp-ts/Either";

/** A calculation as printed in a description: `3 uur per week * 104 weken * € 125 + €6.000 procesgeld`. */
export interface Calculation {
  readonly text: string;
  readonly factors: readonly Factor[];
  readonly rate: Decimal;
  /** What the rate is per, when printed (`per traject`). */
  readonly per?: string;
  readonly lumpSums: readonly { readonly amount: Decimal; readonly label: string }[];
  /** True when the quantity was taken from the description before the brackets (`50 coachingstrajecten`). */
  readonly quantityFromDescription: boolean;
}

const TERM = /^(€)?\s*(\d[\d.,]*)\s*(.*)$/;
// `*`, `×`, ` x ` and ` à ` (Dutch for "at", as in `10 uur à € 50`) multiply.
const TIMES = /\s*[*×]\s*|\s+[xà]\s+/;

const term = (raw: string) => {
  const m = TERM.exec(raw.trim().replace(/^€\s*/, "€"));
  if (!m) return undefined;
  const [, euro, number = "", rest = ""] = m;
  const amount = parseDutchDecimal(number);
  return E.isRight(amount)
    ? { euro: euro !== undefined, amount: amount.right, words: rest.trim() }
    : undefined;
};

/** The text inside the last pair of brackets of a description, if any. */
export const bracketed = (
  description: string,
): { readonly inside: string; readonly before: string } | undefined => {
  const m = /^(.*)\(([^()]*)\)\s*$/.exec(description.trim());
  return m ? { before: (m[1] ?? "").trim(), inside: (m[2] ?? "").trim() } : undefined;
};

/**
 * Reads a bracketed calculation: factors (number and unit) separated by `*`, `×`, ` x ` or ` à `, one
 * of them the rate in euros (`€ 125`, `€ 2.500 per traject`), and lump sums after `+`. When the
 * brackets hold only the rate, the quantity is the number the description starts with
 * (`50 coachingstrajecten … (€ 2.500 per traject)`). Left with why when it is not a calculation.
 */
export const readCalculation = (inside: string, before: string): E.Either<string, Calculation> => {
  if (!/\d/.test(inside) || !inside.includes("€")) return E.left("it holds no amount in euros");
  const [product = "", ...plus] = inside.split("+");
  const terms = product.split(TIMES).map(term);
  if (terms.some((t) => t === undefined))
    return E.left(`cannot read ${JSON.stringify(product.trim())} as factors`);
  const read = terms as NonNullable<(typeof terms)[number]>[];
  const rates = read.filter((t) => t.euro);
  const rate = rates[0];
  if (rates.length !== 1 || rate === undefined)
    return E.left("it needs exactly one amount in euros to multiply by");
  const lumpSums: { amount: Decimal; label: string }[] = [];
  for (const p of plus) {
    const t = term(p);
    if (t === undefined || !t.euro)
      return E.left(`cannot read ${JSON.stringify(p.trim())} as an amount added`);
    lumpSums.push({ amount: t.amount, label: t.words });
  }
  let factors: Factor[] = read
    .filter((t) => !t.euro)
    .map((t) => ({ amount: t.amount, unit: t.words || "stuks" }));
  let quantityFromDescription = false;
  if (factors.length === 0) {
    const lead = term(before);
    if (lead === undefined || lead.euro) return E.left("it gives a rate but no quantity to multiply it by");
    factors = [{ amount: lead.amount, unit: lead.words.split(/\s+/)[0] || "stuks" }];
    quantityFromDescription = true;
  }
  const per = /^per\s+(.+)$/i.exec(rate.words)?.[1];
  return E.right({
    text: inside,
    factors,
    rate: rate.amount,
    ...(per === undefined ? {} : { per }),
    lumpSums,
    quantityFromDescription,
  });
};
