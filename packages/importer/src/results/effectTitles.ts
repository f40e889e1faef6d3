import { distance } from "fastest-levenshtein";

/**
 * How two printings of one goal compare. Documents repeat a goal with small differences: a
 * period, an article, an explanation in parentheses (`Dure zorg voorkomen (substitutie …)`),
 * an OCR slip (`samenredzaambheid`), or words left out (`Vrijwilligerswerk groeit niemand boven
 * het hoofd` for `Vrijwilligerswerk en mantelzorg groeit …`).
 * - `same`: equal once case, punctuation, parentheses, a leading article and a dangling `en`
 *   (a line cut off after it) are set aside;
 * - `variant`: the same words, one or more of them one letter off (words of 5 letters or more);
 * - `shortened`: the first printing's words all occur, in order, in the second, which has more;
 * - `different`: anything else.
 */
export type TitleMatch = "same" | "variant" | "shortened" | "different";

export const titleWords = (title: string): string[] => {
  const words = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  const start = ["het", "de", "een"].includes(words[0] ?? "") ? 1 : 0;
  const end = words.length > 1 && words[words.length - 1] === "en" ? words.length - 1 : words.length;
  return words.slice(start, end);
};

const oneLetterOff = (a: string, b: string) =>
  a === b || (a.length >= 5 && b.length >= 5 && distance(a, b) <= 1);

const inOrder = (short: readonly string[], long: readonly string[]) => {
  let i = 0;
  for (const w of long) if (i < short.length && oneLetterOff(short[i] as string, w)) i++;
  return i === short.length;
};

/** How `printed` (as a table names a goal) compares with `listed` (as the frame lists it). */
export const matchTitle = (printed: string, listed: string): TitleMatch => {
  const a = titleWords(printed);
  const b = titleWords(listed);
  if (a.length === 0 || b.length === 0) return "different";
  if (a.join(" ") === b.join(" ")) return "same";
  if (a.length === b.length && a.every((w, i) => oneLetterOff(w, b[i] as string))) return "variant";
  if (a.length >= 3 && a.length < b.length && inOrder(a, b)) return "shortened";
  return "different";
};

/** The words of `listed` that `printed` leaves out (for a message about a shortened goal). */
export const leftOut = (printed: string, listed: string): string[] => {
  const a = titleWords(printed);
  const out: string[] = [];
  let i = 0;
  for (const w of titleWords(listed)) {
    if (i < a.length && oneLetterOff(a[i] as string, w)) i++;
    else out.push(w);
  }
  return out;
};
