import { parseDutchDecimal, toDecimalString } from "@grant-ledger/core";
import * as E from "fp-ts/Either";

/** Small numbers written out; "een" counts only when no figure follows ("minimaal een 7" is an article). */
const WORDS: Record<string, string> = {
  een: "1",
  één: "1",
  twee: "2",
  drie: "3",
  vier: "4",
  vijf: "5",
  zes: "6",
  zeven: "7",
  acht: "8",
  negen: "9",
  tien: "10",
  elf: "11",
  twaalf: "12",
};

/**
 * One number as municipalities print it, as a regular-expression source with named groups
 * `n` (the figure) and `pct` (a percent sign or "procent"): `30%`, `100 %`, `1.250`, `7,5`,
 * `een 7`, `twee`. Group names get a suffix so that one pattern can hold two numbers.
 */
export const numberSource = (suffix = ""): string =>
  `(?:een\\s+(?=\\d))?(?<n${suffix}>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|${Object.keys(WORDS).join("|")})(?![\\d.,]\\d)\\s*(?<pct${suffix}>%|procent\\b)?`;

/** The canonical decimal string of a figure matched by `numberSource`, or undefined (never a guess). */
export const figureOf = (printed: string): string | undefined => {
  const word = WORDS[printed];
  if (word !== undefined) return word;
  const d = parseDutchDecimal(printed);
  return E.isRight(d) ? toDecimalString(d.right) : undefined;
};
