import type { Position } from "@grant-ledger/core";
import type { EventStore } from "@grant-ledger/event-store";
import { cellHistory, historyOf } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { renderCsv } from "../csv/csv";
import type { ReportDocument } from "../document/document";
import { type Made, type ReportRequest, makeReport } from "../document/produce";
import type { CsvDialect } from "../format/numbers";
import { type DrillDown, renderHtml } from "../html/html";
import { renderJson } from "../json/json";
import { historyColumns, historyRow } from "../kinds/cellHistory/cellHistory";
import type { ReportError } from "../kinds/kind";
import { KINDS } from "../kinds/kinds";
import { type Labels, type Lang, labelsFor } from "../labels/labels";
import { type ReportFormat, signReport } from "../sign/sign";
import type { Table } from "../table/table";

export interface RenderOptions {
  readonly format: ReportFormat;
  /** Headers, titles and number formats; Dutch by default. */
  readonly lang?: Lang;
  /** CSV: `dutch` (`;`, decimal comma, BOM; the default) or `international` (`,` and `.`). */
  readonly csvDialect?: CsvDialect;
  /** An Ed25519 private key (PEM): the report carries a signature over its SHA-256. */
  readonly privateKeyPem?: string;
}

/** A report made: its document, and the document written out in a format. */
export interface Report {
  readonly document: ReportDocument;
  /** Left: the signing key is not an Ed25519 private key. */
  readonly render: (options: RenderOptions) => E.Either<string, string>;
}

/** How many history entries each cell of the HTML picture shows below it. */
const DRILL_DOWN_ENTRIES = 5;
/** Of the history's columns, those that fit under the picture: revision, recorded, step, position, before, after, by, reason. */
const DRILL_DOWN_COLUMNS = [0, 1, 3, 4, 7, 8, 9, 12] as const;

const cellPosition = (c: ReportDocument["matrix"][number]): Position => ({
  resultArea: c.resultArea,
  workType: c.workType,
  district: c.district,
});

// A report is often rendered in several formats (`pnpm demo` writes all three): its tables per
// language are built once per made report.
const builtTables = new WeakMap<Made, Map<Lang, readonly Table[]>>();
const tablesOf = (made: Made, lang: Lang, labels: Labels): readonly Table[] => {
  const perLang = builtTables.get(made) ?? new Map<Lang, readonly Table[]>();
  builtTables.set(made, perLang);
  const known = perLang.get(lang);
  if (known !== undefined) return known;
  const tables = KINDS[made.document.kind].tables(made.document.body, labels);
  perLang.set(lang, tables);
  return tables;
};

// The JSON report's text is also the HTML page's copy of the document: written out once.
const writtenJson = new WeakMap<Made, string>();
const jsonOf = (made: Made): string => {
  const known = writtenJson.get(made);
  if (known !== undefined) return known;
  const text = renderJson(made.document);
  // V8 builds a long JSON.stringify result as a tree of short strings in the young generation,
  // which every collection until its promotion copies (16 MB for a whole register); searching
  // the text flattens it into one string that no collection copies, and the pieces die young.
  text.includes("<");
  writtenJson.set(made, text);
  return text;
};

export const renderMade = (made: Made, options: RenderOptions): E.Either<string, string> => {
  const { document, sources } = made;
  const lang = options.lang ?? "nl";
  const labels = labelsFor(lang);
  const tables = () => tablesOf(made, lang, labels);
  let text: string;
  if (options.format === "json") text = jsonOf(made);
  else if (options.format === "csv")
    text = renderCsv(document, tables(), labels, options.csvDialect ?? "dutch");
  else {
    const agreementId = String(document.agreement?.agreementId ?? "");
    const drillDown: DrillDown[] = document.matrix.map((c) => ({
      key: c.key,
      table: {
        id: `history-${c.key}`,
        title: `${labels.heatMap.recent}: ${c.key}`,
        columns: DRILL_DOWN_COLUMNS.map((i) => historyColumns(labels)[i]!),
        rows: historyOf(sources(cellHistory), agreementId, cellPosition(c), {
          limit: DRILL_DOWN_ENTRIES,
        }).map((r) => {
          const row = historyRow(r, labels);
          return DRILL_DOWN_COLUMNS.map((i) => row[i] ?? null);
        }),
      },
    }));
    text = renderHtml(document, jsonOf(made), tables(), drillDown, labels, lang);
  }
  return options.privateKeyPem === undefined
    ? E.right(text)
    : signReport(text, options.format, options.privateKeyPem);
};

/**
 * Makes a report from the store's views (kept current; with `asOf`, folded up to that revision)
 * and stamps it with its audit checkpoint. Render it while the store is open.
 */
export const produceReport = async (
  store: EventStore,
  request: ReportRequest,
): Promise<E.Either<ReportError, Report>> =>
  E.map((made: Made): Report => ({ document: made.document, render: (o) => renderMade(made, o) }))(
    await makeReport(store, request),
  );
