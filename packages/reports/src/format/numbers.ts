import type { Lang } from "../labels/labels";

const LOCALES: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

/**
 * Exact decimals for people (`1.514`, `36.146,125`): Intl.NumberFormat v3 formats a decimal
 * string without passing it through a binary float, so no digit is lost or invented.
 */
export const peopleNumbers = (lang: Lang) => {
  const plain = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 20 });
  const number = (exact: string | null): string =>
    exact === null || exact === "" ? "" : plain.format(exact as `${number}`);
  const money = new Intl.NumberFormat(LOCALES[lang], {
    style: "currency",
    currency: "EUR",
    roundingMode: "halfExpand",
  } as Intl.NumberFormatOptions);
  return {
    number,
    percent: (exact: string | null) => (exact === null ? "" : `${number(exact)}%`),
    euros: (exact: string | null) =>
      exact === null || exact === "" ? "" : money.format(exact as `${number}`),
  };
};

export type CsvDialect = "dutch" | "international";

/** A number for a spreadsheet: no grouping (Excel would read `1.514` as a date or a decimal), the dialect's decimal mark. */
export const sheetNumber = (exact: string, dialect: CsvDialect): string =>
  dialect === "dutch" ? exact.replace(".", ",") : exact;
