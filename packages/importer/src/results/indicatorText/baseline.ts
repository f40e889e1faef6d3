/** The JSON of the core's `Baseline`: the value is to be determined, the documents give only the moment. */
export interface BaselineJson {
  readonly value: { readonly state: "toBeDetermined" };
  readonly at: { readonly date: string } | { readonly year: number };
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mrt: 3,
  maart: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** `peildatum 1 jan 2013`, `peildatum 1-1-2012`, `per 1 januari 2013`, `nulmeting 1-1-2013`. */
const DAY = new RegExp(
  `(?:peildatum|per|nulmeting|op)\\s+(\\d{1,2})(?:\\s*-\\s*|\\s+)(\\d{1,2}|${MONTH})\\.?(?:\\s*-\\s*|\\s+)(\\d{4})\\b`,
  "i",
);
/** `peiljaar 2012`, `op peildatum 2015`, `t.a.v. 2005`, `ten opzichte van 2005`, `t.o.v. 2012`, `nulmeting 2013`. */
const YEAR =
  /(?:peiljaar|peildatum|nulmeting|t\.a\.v\.|t\.o\.v\.|tov\.?|ten opzichte van)\s+(?:(?:het\s+)?(?:peil)?jaar\s+)?(\d{4})\b/i;

const pad = (n: number) => String(n).padStart(2, "0");

const realDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * The reference moment a baseline phrase names ("per peildatum 1 jan 2013", "hoger dan peiljaar
 * 2012", "t.a.v. 2005"), or undefined. The value stays to be determined: the documents name the
 * moment of the zero measurement, not its outcome. An impossible date (31 feb) is no baseline.
 */
export const parseBaseline = (text: string): BaselineJson | undefined => {
  const day = DAY.exec(text);
  if (day !== null) {
    const [d, m, y] = [Number(day[1]), day[2] as string, Number(day[3])];
    const month = /^\d+$/.test(m) ? Number(m) : (MONTHS[m.toLowerCase()] as number);
    if (!realDate(y, month, d)) return undefined;
    return { value: { state: "toBeDetermined" }, at: { date: `${y}-${pad(month)}-${pad(d)}` } };
  }
  const year = YEAR.exec(text);
  return year === null ? undefined : { value: { state: "toBeDetermined" }, at: { year: Number(year[1]) } };
};

/** The year of a baseline's reference moment. */
export const baselineYear = (b: BaselineJson): number =>
  "date" in b.at ? Number(b.at.date.slice(0, 4)) : b.at.year;
