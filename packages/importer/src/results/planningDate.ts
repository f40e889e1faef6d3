const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A planning's due moment as printed: `april`, `mei-juni-september`, `sept.`. The step is due
 * at the end of the last month named, in `year` (the documents print no year); a text that
 * names no month has no deadline. Month names are Dutch, whole or cut to three letters or more.
 */
export const planningDeadline = (printed: string, year: number): string | undefined => {
  const months = printed
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3)
    .map((w) => MONTHS.findIndex((m) => m.startsWith(w.replace(/\.$/, ""))))
    .filter((i) => i >= 0);
  const last = months[months.length - 1];
  if (last === undefined) return undefined;
  const month = last + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(lastDay(year, month)).padStart(2, "0")}`;
};
