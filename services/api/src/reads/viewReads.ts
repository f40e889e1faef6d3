import { isReportingPeriod } from "@grant-ledger/core";
import {
  cellHistory,
  compareOfferAndContract,
  historyOf,
  offerVersusContract,
  realisation,
  realisationOf,
  reallocationRegister,
  reallocationsOf,
} from "@grant-ledger/views";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, agreementIdParameter } from "../app/route";
import { problem } from "../problems/problem";
import { visibleAgreement } from "./agreementReads";
import { limitOf } from "./paging";
import { parsePositionKey } from "./positionKey";

const Rows = (name: string) => t.type({ agreementId: t.string, entries: t.array(t.UnknownRecord) }, name);

const beforeOf = (value: unknown): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{1,12}$/.test(value))
    throw problem("invalid-request", "before is a revision", {
      problems: [{ path: "query before", value, message: "expected a whole number" }],
    });
  return Number(value);
};

const pageParameters = [
  { name: "limit", in: "query" as const, required: false, description: "only the last n entries (1 to 500)" },
  { name: "before", in: "query" as const, required: false, description: "only entries before this revision" },
];

export const viewReads = (deps: ServiceDeps): Route[] => [
  {
    operationId: "getCellHistory",
    method: "get",
    path: "/agreements/{id}/cells/{cell}/history",
    summary:
      "Every change to a cell (or row, or result area) from the offer to now: who, when, why, before and after",
    tag: "views",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      {
        name: "cell",
        in: "path",
        required: true,
        description:
          "resultArea/workType/district, URL-encoded (6%2FJW%2FStad); resultArea/workType for a row",
      },
      ...pageParameters,
    ],
    responses: { 200: { description: "the history", body: Rows("CellHistory") } },
    problems: ["invalid-request", "not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const position = parsePositionKey(ctx.req.params.cell as string);
      const limit = ctx.req.query.limit === undefined ? undefined : limitOf(ctx.req.query.limit, 100);
      const before = beforeOf(ctx.req.query.before);
      const entries = historyOf(await deps.views.current(cellHistory), id, position, {
        ...(limit === undefined ? {} : { limit }),
        ...(before === undefined ? {} : { beforeRevision: before }),
      });
      ctx.res.json({ agreementId: id, entries });
    },
  },
  {
    operationId: "getOfferVsContract",
    method: "get",
    path: "/agreements/{id}/offer-vs-contract",
    summary:
      "Offer versus contract per result area at the finest level both specify, with totals and flagged deviations",
    tag: "views",
    authenticated: true,
    parameters: [agreementIdParameter],
    responses: { 200: { description: "the comparison", body: t.UnknownRecord } },
    problems: ["not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const comparison = compareOfferAndContract(await deps.views.current(offerVersusContract), id);
      if (comparison === undefined) throw problem("not-found", `no offer recorded for ${id}`);
      ctx.res.json(comparison);
    },
  },
  {
    operationId: "getReallocationRegister",
    method: "get",
    path: "/agreements/{id}/register",
    summary: "The reallocation register: every shift requested, its approval, the cumulative percentage",
    tag: "views",
    authenticated: true,
    parameters: [agreementIdParameter, ...pageParameters],
    responses: { 200: { description: "the register", body: Rows("ReallocationRegister") } },
    problems: ["invalid-request", "not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const limit = ctx.req.query.limit === undefined ? undefined : limitOf(ctx.req.query.limit, 100);
      const before = beforeOf(ctx.req.query.before);
      const entries = reallocationsOf(await deps.views.current(reallocationRegister), id, {
        ...(limit === undefined ? {} : { limit }),
        ...(before === undefined ? {} : { beforeRevision: before }),
      });
      ctx.res.json({ agreementId: id, entries: entries ?? [] });
    },
  },
  {
    operationId: "getRealisation",
    method: "get",
    path: "/agreements/{id}/realisation",
    summary: "Planned versus realised per cell and period, reach versus target, variance marked V/N",
    tag: "views",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      {
        name: "period",
        in: "query",
        required: false,
        description: "one reporting period (2007-H1); default all",
      },
    ],
    responses: { 200: { description: "the realisation", body: t.UnknownRecord } },
    problems: ["invalid-request", "not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const period = ctx.req.query.period;
      if (period !== undefined && (typeof period !== "string" || !isReportingPeriod(period)))
        throw problem("invalid-request", "period is a reporting period such as 2007-H1", {
          problems: [
            {
              path: "query period",
              value: period,
              message: "expected a reporting period (e.g. 2007, 2007-H1, 2007-Q2, 2007-05)",
            },
          ],
        });
      const found = realisationOf(await deps.views.current(realisation), id);
      const all = found ?? { agreementId: id, periods: [] };
      const periods = (all as { periods?: { period: string }[] }).periods ?? [];
      ctx.res.json(
        period === undefined ? all : { ...all, periods: periods.filter((p) => p.period === period) },
      );
    },
  },
];
