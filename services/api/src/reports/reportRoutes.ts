import { agreementStreamId } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import {
  REPORT_FORMAT,
  type ReportError,
  type ReportKind,
  type ReportRequest,
  produceReport,
} from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { decodeQuery } from "../app/decodeQuery";
import type { ServiceDeps } from "../app/deps";
import { type Route, type RouteContext, agreementIdParameter } from "../app/route";
import { problem } from "../problems/problem";
import { visibleAgreement, visibleRows } from "../reads/agreementReads";
import {
  AgreementReportKind,
  PARAMETERS_OF,
  ReportQuery,
  basisMistake,
  reportParameters,
  requestOf,
} from "./reportQuery";
import { tenancyLedger } from "./tenancyLedger";

/** The report as JSON (`grant-ledger/report@1`, docs/reports/report.schema.json). */
export const ReportBody = t.intersection(
  [
    t.type({
      format: t.literal(REPORT_FORMAT),
      kind: t.string,
      agreement: t.union([t.UnknownRecord, t.null]),
      producedAt: t.string,
      asOf: t.type({
        requested: t.string,
        basis: t.keyof({ last: null, revision: null, recorded: null, effective: null }),
        revision: t.union([t.string, t.null]),
        eventsIncluded: t.string,
        eventsLeftOut: t.string,
      }),
      checkpoint: t.type({
        streamId: t.string,
        revision: t.string,
        globalPosition: t.string,
        hash: t.string,
      }),
      parameters: t.UnknownRecord,
      body: t.unknown,
      matrix: t.array(t.UnknownRecord),
    }),
    t.partial({ signature: t.UnknownRecord }),
  ],
  "Report",
);

const invalid = (name: string, value: unknown, message: string) =>
  problem("invalid-request", `${name}: ${message}`, {
    problems: [{ path: `query ${name}`, value: value ?? null, message }],
  });

/** A report the reports package cannot make, as the problem of the parameter that caused it. */
const problemOf = (error: ReportError, query: ReportQuery) => {
  switch (error._tag) {
    case "UnknownAgreement":
      return problem("not-found", `no agreement ${error.agreementId} that you can see`);
    case "NoBudget":
      return problem("not-found", `agreement ${error.agreementId} has no budget recorded`);
    case "UnknownCell":
      return invalid("cell", query.cell, `no cell ${error.cell} in ${error.agreementId}`);
    case "UnknownPeriod":
      return invalid(
        "period",
        error.period,
        `nothing reported for ${error.period} (reported: ${error.periods.join(", ") || "none"})`,
      );
    case "MissingParameter":
      return invalid(error.parameter, null, `the ${error.kind} report needs ${error.parameter}`);
    case "AsOfNotApplicable":
      return invalid("asOf", query.asOf, `the ${error.kind} report is always as it stands`);
    case "AsOfRejected":
      return invalid("asOf", query.asOf, error.message);
  }
};

const MEDIA = { json: "application/json", csv: "text/csv; charset=utf-8; header=present", html: "text/html" };

/** Makes, renders (signed with the checkpoint key when the service has one) and sends a report. */
const send = async (
  deps: ServiceDeps,
  ctx: RouteContext,
  store: EventStore,
  request: ReportRequest,
  query: ReportQuery,
  name: string,
) => {
  const made = await produceReport(store, { ...request, now: deps.clock });
  if (E.isLeft(made)) throw problemOf(made.left, query);
  const format = query.format ?? "json";
  const text = made.right.render({
    format,
    lang: query.lang ?? "nl",
    csvDialect: query.csvDialect ?? "dutch",
    ...(deps.checkpointKeyPem === undefined ? {} : { privateKeyPem: deps.checkpointKeyPem }),
  });
  if (E.isLeft(text)) throw new Error(`the checkpoint key cannot sign reports: ${text.left}`);
  // A spreadsheet is a download; its name says what and as of which revision.
  if (format === "csv") ctx.res.attachment(`${name.replace(/[^A-Za-z0-9._-]/g, "_")}.csv`);
  ctx.res.type(MEDIA[format]).send(text.right);
};

const responses = (what: string) => ({
  200: { description: what, body: ReportBody, alsoAs: ["text/csv", "text/html"] },
});

export const reportRoutes = (deps: ServiceDeps): Route[] => [
  {
    operationId: "getAgreementReport",
    method: "get",
    path: "/agreements/{id}/reports/{kind}",
    summary: "A stamped accountability report of the agreement as JSON, CSV (Dutch Excel) or HTML",
    description:
      "Made by `@grant-ledger/reports`, as `pnpm grant-ledger report` makes it: stamped with its as-of (basis last, revision, recorded or effective; the last revision included and the events included and left out) and its audit checkpoint (stream, revision, global position and chain hash of the last event included, or for effective the last event judged) and, when the service has a checkpoint key, signed with it (`pnpm grant-ledger verify-report`). CSV is a download (`Content-Disposition: attachment`). A parameter the kind does not read is refused.",
    tag: "reports",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      {
        name: "kind",
        in: "path",
        required: true,
        description: "offer-vs-contract, cell-history, register, realisation, state or budget",
        schema: AgreementReportKind,
      },
      ...reportParameters(["format", "lang", "csvDialect", "asOf", "basis", "period", "cell", "limit"]),
    ],
    responses: responses("the report"),
    problems: ["invalid-request", "not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const kind = ctx.req.params.kind;
      if (!AgreementReportKind.is(kind))
        throw problem("invalid-request", `no report ${String(kind)} of an agreement`, {
          problems: [
            {
              path: "path kind",
              value: kind ?? null,
              message: `expected ${Object.keys(AgreementReportKind.keys).join(" | ")} (the register of agreements is GET /reports/agreements)`,
            },
          ],
        });
      const allowed = PARAMETERS_OF[kind];
      const query = decodeQuery(ReportQuery, ctx.req.query, allowed, `the ${kind} report`);
      const mistake = basisMistake(query);
      if (mistake !== undefined) throw invalid("basis", query.basis, mistake);
      const revision =
        query.asOf === undefined
          ? ""
          : `-as-of-${query.asOf}${query.basis === "effective" ? "-effective" : ""}`;
      await send(deps, ctx, deps.store, requestOf(kind, id, query), query, `${id}-${kind}${revision}`);
    },
  },
  {
    operationId: "getAgreementsReport",
    method: "get",
    path: "/reports/agreements",
    summary: "The register of agreements you can see, as a stamped report (JSON, CSV or HTML)",
    description:
      "The `agreements` report of `@grant-ledger/reports`, folded over the ledger as your tenancy sees it: only the agreements you can see, and the checkpoint of the last of their events. (`verify-report` recomputes a register from the whole ledger, so it verifies this report only for a caller who sees every agreement.)",
    tag: "reports",
    authenticated: true,
    parameters: reportParameters(PARAMETERS_OF.agreements),
    responses: responses("the register of agreements"),
    problems: ["invalid-request"],
    handle: async (ctx) => {
      const query = decodeQuery(
        ReportQuery,
        ctx.req.query,
        PARAMETERS_OF.agreements,
        "the agreements report",
      );
      const rows = await visibleRows(deps, ctx.principal);
      const streams = new Set(rows.map((row) => agreementStreamId(String(row.agreementId))));
      const kind: ReportKind = "agreements";
      await send(deps, ctx, tenancyLedger(deps.store, streams), { kind }, query, "agreements");
    },
  },
];
