import * as t from "io-ts";
import { ANNEX_CODES, type AnnexFindingValues } from "./findingValues.annex";
import { MATRIX_CODES, type MatrixFindingValues } from "./findingValues.matrix";
import { MONEY_CODES, type MoneyFindingValues } from "./findingValues.money";
import { RESULTS_CODES, type ResultsFindingValues } from "./findingValues.results";

export type { TableKind } from "./findingValues.results";
export type { AnnexFindingValues, MatrixFindingValues, MoneyFindingValues, ResultsFindingValues };

/**
 * Every finding the importer words from values, by code, with the values it carries (all
 * strings: exact decimals as written by `toDecimalString`, unit kinds, names as printed). The
 * importer records them next to its English `message`; any language words the same finding
 * from them (`@grant-ledger/cli`'s catalogues). `reason` values are a parser's English account
 * of a number it could not read: only the English wording repeats it. Each section lists its
 * own (`findingValues.<section>.ts`): this is their union.
 */ export interface FindingValues
  extends MatrixFindingValues,
    AnnexFindingValues,
    MoneyFindingValues,
    ResultsFindingValues {}

export type FindingCode = keyof FindingValues;

const CODES: Record<FindingCode, null> = {
  ...MATRIX_CODES,
  ...ANNEX_CODES,
  ...MONEY_CODES,
  ...RESULTS_CODES,
};

/** The codes of the findings worded from their values: what each language's catalogue must cover. */
export const FindingCode = t.keyof(CODES, "FindingCode");

/** How a language prints a finding's exact values. */
export interface ImportFindingFormats {
  /** An amount of a unit kind: `1500 hours` in the recorded message, `1.500 uur` on a Dutch screen. */
  readonly units: (amount: string, kind: string) => string;
  /** A decimal (euros, fte, hours), without a currency sign: `2.286.290,5`. */
  readonly number: (text: string) => string;
  /** A unit kind's name. */
  readonly kind: (kind: string) => string;
}

/** Every finding's wording in one language, from its values. */
export type ImportFindingWords = {
  readonly [C in FindingCode]: (v: FindingValues[C]) => string;
};

/** A finding's code and values as recorded (`values` only the defined ones: JSON drops the rest). */
export interface CodedFinding {
  readonly code: string;
  readonly values?: Readonly<Record<string, string>>;
}

/** Words a recorded finding in a language, or `undefined` for a code it does not know (recorded by another version). */
export const wordFinding = (f: CodedFinding, words: ImportFindingWords): string | undefined =>
  FindingCode.is(f.code)
    ? (words[f.code] as (v: Readonly<Record<string, string>>) => string)(f.values ?? {})
    : undefined;
