/** How a column's values are written: numbers are exact decimal strings until a renderer formats them. */
export type ColumnType = "text" | "number" | "percent" | "euros";

export interface Column {
  readonly label: string;
  readonly type: ColumnType;
}

/** One table of a report, as CSV and HTML both show it; values are text or exact decimal strings. */
export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly (string | null)[])[];
}

export const text = (label: string): Column => ({ label, type: "text" });
export const number = (label: string): Column => ({ label, type: "number" });
export const percent = (label: string): Column => ({ label, type: "percent" });
/** Exact euros: a spreadsheet gets every decimal, a reader `€ 52.268,70` (rounded half away from zero). */
export const euros = (label: string): Column => ({ label, type: "euros" });
