import { parse } from "csv-parse/sync";
import type { Checkpoint } from "../document/document";
import { DOCUMENT_ELEMENT_ID } from "../html/html";
import { LANGS, labelsFor } from "../labels/labels";
import type { ReportFormat } from "../sign/sign";

/** What a report file states: its format, its checkpoint, and (JSON, HTML) its document. */
export interface ReadReport {
  readonly format: ReportFormat;
  readonly checkpoint: Checkpoint;
  readonly document?: Record<string, unknown>;
}

export const formatOf = (text: string): ReportFormat => {
  const t = text.replace(/^\uFEFF/, "").trimStart();
  return t.startsWith("{") ? "json" : /^<!DOCTYPE html/i.test(t) ? "html" : "csv";
};

const checkpointIn = (d: Record<string, unknown>): Checkpoint | string => {
  const c = d.checkpoint as Partial<Checkpoint> | undefined;
  const fields = ["streamId", "revision", "globalPosition", "hash"] as const;
  const missing = fields.find((f) => typeof c?.[f] !== "string");
  return missing === undefined ? (c as Checkpoint) : `the report states no checkpoint.${missing}`;
};

// The stamp's labels in either language: a CSV report says which in its words only.
const csvCheckpoint = (text: string): Checkpoint | string => {
  const records = parse(text.replace(/^\uFEFF/, ""), {
    delimiter: [";", ","],
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  }) as string[][];
  const stamp = new Map<string, string>();
  for (const r of records) {
    if (r.length === 0 || (r.length === 1 && r[0] === "")) break;
    stamp.set(r[0] ?? "", r[1] ?? "");
  }
  const value = (field: "stream" | "revision" | "globalPosition" | "hash") =>
    LANGS.map((l) => stamp.get(labelsFor(l).stamp[field])).find((v) => v !== undefined);
  const [streamId, revision, globalPosition, hash] = [
    value("stream"),
    value("revision"),
    value("globalPosition"),
    value("hash"),
  ];
  if (streamId === undefined || revision === undefined || globalPosition === undefined || hash === undefined)
    return "the CSV report has no stamp (stream, revision, global position, chain hash) in its first records";
  return { streamId, revision, globalPosition, hash };
};

/** Reads a report's stamp (and document); a problem as text. */
export const readReport = (text: string): ReadReport | string => {
  const format = formatOf(text);
  if (format === "csv") {
    const checkpoint = csvCheckpoint(text);
    return typeof checkpoint === "string" ? checkpoint : { format, checkpoint };
  }
  let json: string = text;
  if (format === "html") {
    const open = `<script type="application/json" id="${DOCUMENT_ELEMENT_ID}">`;
    const start = text.indexOf(open);
    const end = start < 0 ? -1 : text.indexOf("</script>", start);
    if (end < 0) return "the HTML report carries no document";
    json = text.slice(start + open.length, end);
  }
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    return `the report is not JSON: ${(error as Error).message}`;
  }
  const checkpoint = checkpointIn(document);
  return typeof checkpoint === "string" ? checkpoint : { format, checkpoint, document };
};
