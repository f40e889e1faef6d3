/** Field separators seen in exported tables. */
export type Delimiter = "\t" | ";" | ",";

export const delimiterName = (d: Delimiter): string =>
  d === "\t" ? "tab" : d === ";" ? "semicolon" : "comma";

/**
 * Decided on the first non-empty lines (a caption above the header may have no separator at
 * all). A tab wins because printed numbers never contain one; then a semicolon, which Dutch
 * spreadsheets use precisely because the comma is the decimal sign; a comma only when nothing
 * else is there.
 */
export const detectDelimiter = (text: string): Delimiter => {
  const first: string[] = [];
  // Only the first few lines are looked at; the rest of a large file is not split.
  for (let start = 0; start < text.length && first.length < 3; ) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== "") first.push(line);
    start = end < 0 ? text.length : end + 1;
  }
  if (first.some((l) => l.includes("\t"))) return "\t";
  if (first.some((l) => l.includes(";"))) return ";";
  return ",";
};
