import { PositionCodec, position, positionKey } from "@grant-ledger/core";
import { parse } from "csv-parse/sync";
import type { Checkpoint } from "../document/document";
import { AS_OF_BASES, REPORT_KINDS } from "../document/document";
import type { CsvDialect } from "../format/numbers";
import { DOCUMENT_ELEMENT_ID } from "../html/html";
import { LANGS, type Lang, labelsFor } from "../labels/labels";
import type { ReportFormat } from "../sign/sign";
import { type ReportProblem, reportProblem } from "./problem";

/** What a report file states: its format, its checkpoint, and (JSON, HTML) its document. */
export interface ReadReport {
  readonly format: ReportFormat;
  readonly checkpoint: Checkpoint;
  readonly document?: Record<string, unknown>;
  /**
   * CSV: the document's head as its stamp states it (kind, produced-at, as-of, parameters) and
   * how it was written, so that a fresh computation can be written the same way and compared.
   */
  readonly csv?: {
    readonly head: Record<string, unknown>;
    readonly lang: Lang;
    readonly dialect: CsvDialect;
  };
}

export const formatOf = (text: string): ReportFormat => {
  const t = text.replace(/^\uFEFF/, "").trimStart();
  return t.startsWith("{") ? "json" : /^<!DOCTYPE html/i.test(t) ? "html" : "csv";
};

const checkpointIn = (d: Record<string, unknown>): Checkpoint | ReportProblem => {
  const c = d.checkpoint as Partial<Checkpoint> | undefined;
  const fields = ["streamId", "revision", "globalPosition", "hash"] as const;
  const missing = fields.find((f) => typeof c?.[f] !== "string");
  return missing === undefined ? (c as Checkpoint) : reportProblem("no-checkpoint-field", { field: missing });
};

const isProblem = (x: object): x is ReportProblem => "code" in x;

/** `cell=6/JW/Stad, limit=2` as the stamp's parameters (a cell as its position, as produce stamps it). */
const parametersOf = (text: string | undefined): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const pair of (text ?? "").split(", ").filter((p) => p.includes("="))) {
    const [name = "", value = ""] = pair.split("=");
    if (name === "limit") out.limit = Number(value);
    else if (name === "cell") {
      const [ra = "", wt, d] = value.split("/");
      const p = position(ra, wt === "*" ? undefined : wt, d === "*" ? undefined : d);
      out.cell = { key: positionKey(p), ...(PositionCodec.encode(p) as object) };
    } else out[name] = value;
  }
  return out;
};

/** The head of a CSV report's document, from its stamp in whichever language it is written. */
const csvHead = (records: string[][], stamp: Map<string, string>, checkpoint: Checkpoint, text: string) => {
  const lang = LANGS.find((l) => stamp.has(labelsFor(l).stamp.stream));
  if (lang === undefined) return undefined;
  const labels = labelsFor(lang);
  const kind = REPORT_KINDS.find((k) => labels.titles[k] === records[0]?.[0]);
  if (kind === undefined) return undefined;
  const requested = stamp.get(labels.stamp.asOf);
  const basisText = stamp.get(labels.stamp.basis);
  const head = {
    format: records[0]?.[1],
    kind,
    producedAt: stamp.get(labels.stamp.producedAt),
    parameters: parametersOf(stamp.get(labels.stamp.parameters)),
    asOf: {
      requested: requested === labels.stamp.last ? "last" : requested,
      basis: AS_OF_BASES.find((b) => labels.bases[b] === basisText),
      revision:
        kind === "agreements" ? null : (stamp.get(labels.stamp.includedRevision) ?? checkpoint.revision),
      eventsIncluded: stamp.get(labels.stamp.eventsIncluded),
      eventsLeftOut: stamp.get(labels.stamp.eventsLeftOut),
    },
    checkpoint,
  };
  const dialect: CsvDialect = /^\uFEFF?[^\r\n;,]*;/.test(text) ? "dutch" : "international";
  return { head, lang, dialect };
};

// The stamp's labels in either language: a CSV report says which in its words only.
const csvCheckpoint = (text: string): ReadReport | ReportProblem => {
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
    return reportProblem("no-csv-stamp");
  const checkpoint = { streamId, revision, globalPosition, hash };
  const csv = csvHead(records, stamp, checkpoint, text);
  return { format: "csv", checkpoint, ...(csv === undefined ? {} : { csv }) };
};

/** Reads a report's stamp (and document), or why it cannot. */
export const readReport = (text: string): ReadReport | ReportProblem => {
  const format = formatOf(text);
  if (format === "csv") {
    return csvCheckpoint(text);
  }
  let json: string = text;
  if (format === "html") {
    const open = `<script type="application/json" id="${DOCUMENT_ELEMENT_ID}">`;
    const start = text.indexOf(open);
    const end = start < 0 ? -1 : text.indexOf("</script>", start);
    if (end < 0) return reportProblem("no-html-document");
    json = text.slice(start + open.length, end);
  }
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    return reportProblem("not-json", { detail: (error as Error).message });
  }
  const checkpoint = checkpointIn(document);
  return isProblem(checkpoint) ? checkpoint : { format, checkpoint, document };
};
