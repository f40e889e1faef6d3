/** Field separators seen in exported tables. */
export type Delimiter = "\t" | ";" | ",";

export const delimiterName = (d: Delimiter): string =>
  d === "\t" ? "tab" : d === ";" ? "semicolon" : "comma";

/**
 * Decided on the first non-empty line. A tab wins because printed numbers never contain one;
 * then a semicolon, which Dutch spreadsheets use precisely because the comma is the decimal sign;
 * a comma only when nothing else is there.
 */
export const detectDelimiter = (text: string): Delimiter => {
  const first = text.split("\n").find((l) => l.trim() !== "") ?? "";
  if (first.includes("\t")) return "\t";
  if (first.includes(";")) return ";";
  return ",";
};
