import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { readRegularFile } from "../source/readRegularFile";
import { type Delimiter, delimiterName, detectDelimiter } from "./delimiter";
import { type TextEncoding, decodeText } from "./encoding";

/** One non-empty line of a table, cells trimmed, with its 1-based line number in the file. */
export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly file: string;
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
  readonly rows: readonly TableRow[];
}

/** A file that cannot be read at all: the whole run stops (exit code 2). */
export interface UnreadableInput {
  readonly file: string;
  readonly message: string;
}

/** A readable file either yields a table, or a discrepancy saying why it holds none. */
export type TableRead =
  | { readonly _tag: "Table"; readonly table: Table }
  | { readonly _tag: "NoTable"; readonly discrepancy: Discrepancy };

interface CsvRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** Parses text already decoded. `file` is the name used in reports. */
export const tableFromText = (file: string, text: string, encoding: TextEncoding): TableRead => {
  // csv-parse counts a lone \r as a line of its own; one newline convention keeps line numbers true.
  const normalised = text.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(normalised);
  const empty: TableRead = {
    _tag: "NoTable",
    discrepancy: {
      kind: "empty-file",
      file,
      line: 1,
      expected: "a table",
      found: "an empty file",
      ...coded("empty-file", { file }),
    },
  };
  if (normalised.trim() === "") return empty;
  let records: CsvRecord[];
  try {
    records = parse(normalised, {
      delimiter,
      // Printed tables use quotes as text (`"Goede Start"`); only comma/semicolon files quote fields.
      quote: delimiter === "\t" ? false : '"',
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const why = error instanceof Error ? error.message : String(error);
    return {
      _tag: "NoTable",
      discrepancy: {
        kind: "unparseable-file",
        file,
        line,
        expected: `${delimiterName(delimiter)}-separated values`,
        found: why,
        ...coded("unparseable-file", { file, delimiter: delimiterName(delimiter), reason: why }),
      },
    };
  }
  const rows = records
    .map(
      (r, i): TableRow => ({
        line: i === 0 ? 1 : (records[i - 1]?.info.lines ?? 0) + 1,
        cells: r.record.map((c) => c.trim()),
      }),
    )
    .filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) return empty;
  return { _tag: "Table", table: { file, encoding, delimiter, rows } };
};

/** A file as read: what an auditor needs to find the exact bytes again. */
export interface SourceFile {
  readonly file: string;
  readonly sha256: string;
  readonly encoding: TextEncoding;
  readonly delimiter: string;
}

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Reads a table file, which must be a regular file of at most `maxBytes`: anything else, or a
 * missing file, is a Left (the run stops); an empty or garbled file is a discrepancy. `path`
 * is the real path, already confined (see `confinedPath`); `file` the name used in reports.
 */
export const readTable = async (
  path: string,
  file: string,
  maxBytes: number,
): Promise<E.Either<UnreadableInput, { readonly source: SourceFile; readonly read: TableRead }>> => {
  const read = await readRegularFile(path, file, maxBytes, "--max-table-bytes", true);
  if (E.isLeft(read)) return E.left({ file: read.left.file, message: read.left.message });
  const bytes = read.right;
  const { text, encoding } = decodeText(bytes);
  const table = tableFromText(file, text, encoding);
  const delimiter = table._tag === "Table" ? delimiterName(table.table.delimiter) : "none";
  return E.right({ source: { file, sha256: sha256(bytes), encoding, delimiter }, read: table });
};
