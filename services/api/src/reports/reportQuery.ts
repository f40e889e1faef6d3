import { isReportingPeriod } from "@grant-ledger/core";
import type { ReportKind, ReportRequest } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { RouteParameter } from "../app/route";
import { positionOfKey } from "../reads/positionKey";

/** The kinds about one agreement (the register of agreements is `GET /reports/agreements`). */
export const AgreementReportKind = t.keyof(
  {
    "offer-vs-contract": null,
    "cell-history": null,
    register: null,
    realisation: null,
    state: null,
    budget: null,
  },
  "AgreementReportKind",
);

export const ReportFormatParam = t.keyof({ json: null, csv: null, html: null }, "ReportFormat");
export const LangParam = t.keyof({ nl: null, en: null }, "Lang");
export const CsvDialectParam = t.keyof({ dutch: null, international: null }, "CsvDialect");
/** A revision (0 is the proposal) or a date; the reports package judges the date. */
export const AsOfParam = t.refinement(t.string, (s) => s.trim() !== "", "NonBlank");
/** In which sense a date is meant, as for `GET /agreements/{id}`. */
export const BasisParam = t.keyof({ recorded: null, effective: null }, "AsOfBasis");
export const PeriodParam = t.refinement(t.string, isReportingPeriod, "ReportingPeriodText");
export const CellParam = t.refinement(t.string, (s) => E.isRight(positionOfKey(s)), "PositionKey");
export const LimitParam = t.refinement(
  t.string,
  (s) => /^[1-9][0-9]{0,2}$/.test(s) && Number(s) <= 500,
  "PageLimit",
);

/** Every parameter a report may read, each with its codec (the OpenAPI schema is made from it). */
const PARAMETERS = {
  format: { codec: ReportFormatParam, description: "json (default), csv or html" },
  lang: { codec: LangParam, description: "headers, titles and numbers in Dutch (nl, default) or English" },
  csvDialect: {
    codec: CsvDialectParam,
    description: "csv: dutch (`;`, decimal comma, BOM: Dutch Excel; default) or international",
  },
  asOf: {
    codec: AsOfParam,
    description:
      "a revision of the agreement (0 is the proposal) or a date (2007-07-01: the end of that day in Amsterdam, or an ISO date-time with its zone), in the sense `basis` gives",
  },
  basis: {
    codec: BasisParam,
    description:
      "with a date in asOf: recorded (what the ledger had recorded by then, the default) or effective (what had occurred by then, events recorded later but back-dated included); the report's asOf stamp states it",
  },
  period: { codec: PeriodParam, description: "realisation: one reporting period (2007-H1); default all" },
  cell: { codec: CellParam, description: "cell-history (required): resultArea/workType/district, or a row" },
  limit: { codec: LimitParam, description: "cell-history, register: only the last n entries (1 to 500)" },
} as const;
type Name = keyof typeof PARAMETERS;

const COMMON: readonly Name[] = ["format", "lang", "csvDialect", "asOf", "basis"];
/** Which parameters each kind reads: a parameter a kind does not read is refused, as in the CLI. */
export const PARAMETERS_OF: Readonly<Record<ReportKind, readonly Name[]>> = {
  "offer-vs-contract": COMMON,
  state: COMMON,
  "cell-history": [...COMMON, "cell", "limit"],
  register: [...COMMON, "limit"],
  realisation: [...COMMON, "period"],
  agreements: ["format", "lang", "csvDialect"],
  budget: COMMON,
};

/** The query of a report, decoded: every parameter optional here; `cell` is checked per kind. */
export const ReportQuery = t.partial(
  Object.fromEntries(Object.entries(PARAMETERS).map(([name, p]) => [name, p.codec])) as {
    [K in Name]: (typeof PARAMETERS)[K]["codec"];
  },
  "ReportQuery",
);
export type ReportQuery = t.TypeOf<typeof ReportQuery>;

export const reportParameters = (names: readonly Name[]): RouteParameter[] =>
  names.map((name) => ({
    name,
    in: "query",
    required: false,
    description: PARAMETERS[name].description,
    schema: PARAMETERS[name].codec,
  }));

const REVISION = /^\d{1,19}$/;

/** Why `basis` cannot be read with the query's `asOf` (it applies to a date only), or nothing. */
export const basisMistake = (q: ReportQuery): string | undefined =>
  q.basis === undefined
    ? undefined
    : q.asOf === undefined
      ? "basis needs a date in asOf"
      : REVISION.test(q.asOf)
        ? `asOf ${q.asOf} is a revision; basis applies to a date`
        : undefined;

/** The decoded query as the reports package's request. */
export const requestOf = (
  kind: ReportKind,
  agreementId: string | undefined,
  q: ReportQuery,
): ReportRequest => {
  const cell = q.cell === undefined ? undefined : positionOfKey(q.cell);
  return {
    kind,
    ...(agreementId === undefined ? {} : { agreementId }),
    ...(q.asOf === undefined
      ? {}
      : {
          asOf: REVISION.test(q.asOf)
            ? { revision: BigInt(q.asOf) }
            : { date: q.asOf, basis: q.basis ?? "recorded" },
        }),
    ...(q.period === undefined ? {} : { period: q.period }),
    ...(cell === undefined || E.isLeft(cell) ? {} : { cell: cell.right }),
    ...(q.limit === undefined ? {} : { limit: Number(q.limit) }),
  };
};
