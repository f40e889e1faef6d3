import type { Discrepancy } from "../discrepancy/discrepancy";
import type { TableKind } from "../discrepancy/findingCode";
import { coded } from "../discrepancy/findingWords.en";
import type { Table, TableRow } from "../table/readTable";
import { finding } from "./finding";

/** One column a kind of table has: the headings documents give it, and whether it must be there. */
export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** The heading as the usual document prints it, for messages. */
  readonly name: string;
  /** Headings as documents print them; matched at the start of a header cell, case-insensitively. */
  readonly headings: readonly RegExp[];
  readonly required: boolean;
}

/**
 * The columns of one kind of document table. `rule` names the kind and its shape, so a finding
 * says which rule a file broke (`a services-and-reach table: Dienst | Uitvoering | Bereik`).
 */
export interface Layout<K extends string> {
  readonly rule: string;
  /** Which kind of table it is, for wording `rule` in other languages (`TableKind`). */
  readonly kind?: TableKind;
  readonly columns: readonly ColumnSpec<K>[];
  /** How many leading rows may be captions above the header (default 3). */
  readonly captionRows?: number;
}

/** A layout's rule as finding values: its kind (if it has one) and its English wording. */
export const ruleOf = (layout: Layout<string>): { layout?: TableKind; rule: string } => ({
  ...(layout.kind === undefined ? {} : { layout: layout.kind }),
  rule: layout.rule,
});

export interface Columns<K extends string> {
  readonly header: TableRow;
  /** The rows below the header. */
  readonly body: readonly TableRow[];
  /** The cell of `key` in `row`, trimmed; `""` when the column is absent or the row short. */
  readonly cell: (row: TableRow, key: K) => string;
  readonly has: (key: K) => boolean;
}

export interface ColumnsRead<K extends string> {
  /** Undefined when a required column is missing: the table is not read (a discrepancy says why). */
  readonly columns?: Columns<K>;
  readonly findings: readonly Discrepancy[];
}

const indexOf = <K extends string>(header: TableRow, spec: ColumnSpec<K>, taken: Set<number>) =>
  header.cells.findIndex((c, i) => !taken.has(i) && spec.headings.some((h) => h.test(c.trim())));

const placed = <K extends string>(header: TableRow, layout: Layout<K>) => {
  const taken = new Set<number>();
  const at = new Map<K, number>();
  for (const spec of layout.columns) {
    const i = indexOf(header, spec, taken);
    if (i >= 0) {
      taken.add(i);
      at.set(spec.key, i);
    }
  }
  const missing = layout.columns.filter((s) => s.required && !at.has(s.key));
  return { at, taken, missing };
};

const printed = (spec: ColumnSpec<string>) => spec.name;

/**
 * Finds the header of a table by its headings, not by position: documents of one kind order,
 * word and leave out their columns differently (`Activiteit` for `Dienst`, no `Uitvoering`
 * column). The header is the first of the leading rows that has every required column; rows
 * above it are captions. A table without one is not read, with a `missing-column` discrepancy
 * naming the file, the line that came closest and the rule; a heading the layout does not
 * know is a note (its column is not read).
 */
export const readColumns = <K extends string>(table: Table, layout: Layout<K>): ColumnsRead<K> => {
  const file = table.file;
  const candidates = table.rows.slice(0, (layout.captionRows ?? 3) + 1);
  const tried = candidates.map((row, index) => ({ row, index, ...placed(row, layout) }));
  const found = tried.find((t) => t.missing.length === 0);
  if (found === undefined) {
    const closest = [...tried].sort((a, b) => a.missing.length - b.missing.length)[0];
    const line = closest?.row.line ?? 1;
    const missing = (closest?.missing ?? layout.columns.filter((s) => s.required)).map(printed);
    const cells = closest?.row.cells.join(" | ") ?? "nothing";
    return {
      findings: [
        finding(
          "missing-column",
          "discrepancy",
          file,
          line,
          missing.map((m) => `a column ${m}`).join(", "),
          cells,
          coded("results-missing-columns", { ...ruleOf(layout), columns: missing.join("\n"), header: cells }),
        ),
      ],
    };
  }
  const { row: header, index, at, taken } = found;
  const findings = header.cells.flatMap((c, i) =>
    c.trim() === "" || taken.has(i)
      ? []
      : [
          finding(
            "unknown-column",
            "note",
            file,
            header.line,
            layout.columns.map((s) => printed(s)).join(" | "),
            c,
            coded("results-unknown-column", { ...ruleOf(layout), column: c }),
          ),
        ],
  );
  return {
    columns: {
      header,
      body: table.rows.slice(index + 1),
      cell: (row, key) => {
        const i = at.get(key);
        return i === undefined ? "" : (row.cells[i] ?? "").trim();
      },
      has: (key) => at.has(key),
    },
    findings,
  };
};

export const column = <K extends string>(
  key: K,
  name: string,
  required: boolean,
  ...headings: RegExp[]
): ColumnSpec<K> => ({ key, name, required, headings });
