/**
 * Contractor names as an effect form prints them twice, in its partner list and over its
 * blocks: `Gemeente afd. WIZ` / `Gemeente Afdeling WIZ`, `Buurt- en dorpshuizen` / `Buurt en
 * dorpshuizen`, and the OCR's `CIG` for `CJG`. Two spellings are one organisation when they
 * are equal after folding case, punctuation and `afd.`/`afdeling`, or one letter apart.
 */
const fold = (name: string): string =>
  name
    .replace(/\((T|P)\)\s*$/i, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w !== "" && w !== "afd" && w !== "afdeling")
    .join(" ");

const oneApart = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
};

export type NameMatch = "same" | "variant" | "different";

export const matchContractorName = (listed: string, block: string): NameMatch => {
  const a = fold(listed);
  const b = fold(block);
  if (a === b) return "same";
  return oneApart(a, b) ? "variant" : "different";
};

/** `Torion (T)` → `Torion`. */
export const withoutMarker = (printed: string): string => printed.replace(/\s*\((T|P)\)\s*$/i, "").trim();
