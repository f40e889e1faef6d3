import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
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
      message: `${file} is empty`,
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
        message: `${file} cannot be split into rows: ${why}`,
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

/** Reads a table file. A missing or unreadable file is a Left; an empty or garbled one a discrepancy. */
export const readTable = async (
  path: string,
  file: string,
): Promise<E.Either<UnreadableInput, { readonly source: SourceFile; readonly read: TableRead }>> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return E.left({
      file,
      message:
        code === "ENOENT" ? `${file}: no such file (${path})` : `${file}: cannot read (${String(error)})`,
    });
  }
  const { text, encoding } = decodeText(bytes);
  const read = tableFromText(file, text, encoding);
  const delimiter = read._tag === "Table" ? delimiterName(read.table.delimiter) : "none";
  return E.right({ source: { file, sha256: sha256(bytes), encoding, delimiter }, read });
};
