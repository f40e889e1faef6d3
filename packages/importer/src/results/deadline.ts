/**
 * A deadline as the 2007 headers print it: `per 31-12-07`, `per 31 – 12 – 2007`, `31 -12 – 2007`.
 * `odd` when it is not written `dd-mm-yy` or `dd-mm-yyyy` (spaces, en dashes): still one
 * unambiguous day, so it is parsed and the spelling noted.
 */
export interface ParsedDeadline {
  readonly date: string;
  readonly printed: string;
  readonly odd: boolean;
}

const DEADLINE = /(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[-–]\s*(\d{4}|\d{2})(?!\d)/;

export const parseDeadline = (text: string): ParsedDeadline | undefined => {
  const m = DEADLINE.exec(text);
  if (m === null) return undefined;
  const [printed, d, mo, y] = m as unknown as [string, string, string, string];
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const day = Number(d);
  const month = Number(mo);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date: iso, printed, odd: !/^\d{1,2}-\d{1,2}-(\d{2}|\d{4})$/.test(printed) };
};
