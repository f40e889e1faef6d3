import type { Lang } from "../labels/labels";

const LOCALES: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

type PeopleNumbers = {
  readonly number: (exact: string | null) => string;
  readonly percent: (exact: string | null) => string;
  readonly euros: (exact: string | null) => string;
};

/** Formatted values kept per format: a report repeats few values (`0`, `40`) many times over. */
const MEMO_LIMIT = 50_000;
const memoised = (format: (exact: string) => string) => {
  const known = new Map<string, string>();
  return (exact: string): string => {
    const hit = known.get(exact);
    if (hit !== undefined) return hit;
    // A long run cannot grow it without bound: start afresh.
    if (known.size >= MEMO_LIMIT) known.clear();
    const shown = format(exact);
    known.set(exact, shown);
    return shown;
  };
};

const makePeopleNumbers = (lang: Lang): PeopleNumbers => {
  const plain = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 20 });
  const money = new Intl.NumberFormat(LOCALES[lang], {
    style: "currency",
    currency: "EUR",
    roundingMode: "halfExpand",
  } as Intl.NumberFormatOptions);
  const plainText = memoised((exact) => plain.format(exact as `${number}`));
  const moneyText = memoised((exact) => money.format(exact as `${number}`));
  const number = (exact: string | null): string => (exact === null || exact === "" ? "" : plainText(exact));
  return {
    number,
    percent: (exact) => (exact === null ? "" : `${number(exact)}%`),
    euros: (exact) => (exact === null || exact === "" ? "" : moneyText(exact)),
  };
};

// Creating an Intl.NumberFormat costs far more than formatting with one: one pair per language.
const perLang = new Map<Lang, PeopleNumbers>();

/**
 * Exact decimals for people (`1.514`, `36.146,125`): Intl.NumberFormat v3 formats a decimal
 * string without passing it through a binary float, so no digit is lost or invented.
 */
export const peopleNumbers = (lang: Lang): PeopleNumbers => {
  const known = perLang.get(lang);
  if (known !== undefined) return known;
  const made = makePeopleNumbers(lang);
  perLang.set(lang, made);
  return made;
};

export type CsvDialect = "dutch" | "international";

/** A number for a spreadsheet: no grouping (Excel would read `1.514` as a date or a decimal), the dialect's decimal mark. */
export const sheetNumber = (exact: string, dialect: CsvDialect): string =>
  dialect === "dutch" ? exact.replace(".", ",") : exact;
