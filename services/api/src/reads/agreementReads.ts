import { type AsOf, describeAsOfError } from "@grant-ledger/agreements";
import type { Principal } from "@grant-ledger/tokens";
import { type Row, agreementRegister, listAgreements } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, type RouteContext, agreementIdParameter } from "../app/route";
import { etagOf } from "../commands/preconditions";
import { problem } from "../problems/problem";
import { decodeCursor, encodeCursor, limitOf, nextLink } from "./paging";
import { stateJson } from "./stateJson";

export const AgreementList = t.intersection(
  [t.type({ items: t.array(t.UnknownRecord) }), t.partial({ next: t.string })],
  "AgreementList",
);

export const AgreementStateBody = t.type(
  {
    agreementId: t.string,
    revision: t.string,
    streamRevision: t.string,
    status: t.keyof({ empty: null, proposed: null, signed: null, closed: null }),
    current: t.array(t.UnknownRecord),
    baseline: t.array(t.UnknownRecord),
    offer: t.array(t.UnknownRecord),
  },
  "AgreementState",
);

/** Guards every per-agreement read: outside the caller's tenancy is 404, as if it did not exist. */
export const visibleAgreement = async (deps: ServiceDeps, ctx: RouteContext): Promise<string> => {
  const id = ctx.req.params.id as string;
  if (!(await deps.tenancy.canSee(ctx.principal, id)))
    throw problem("not-found", `no agreement ${id} that you can see`);
  return id;
};

/** The register's rows of the agreements in the caller's tenancy, by id. */
export const visibleRows = async (deps: ServiceDeps, principal: Principal): Promise<Row[]> => {
  const granted =
    principal.role === "auditor"
      ? await deps.grants.agreementsOf(principal.organisationId)
      : new Set<string>();
  return listAgreements(await deps.views.current(agreementRegister)).filter((row) => {
    const m = row.municipality as { id?: string } | undefined;
    const p = row.provider as { id?: string } | undefined;
    return deps.tenancy.sees(
      principal,
      String(row.agreementId),
      { municipality: m?.id ?? "", provider: p?.id ?? "" },
      granted,
    );
  });
};

const asOfOf = (query: Record<string, unknown>): AsOf => {
  const asOf = query.asOf;
  const basis = query.basis ?? "recorded";
  if (basis !== "recorded" && basis !== "effective")
    throw problem("invalid-request", "basis is recorded or effective", {
      problems: [{ path: "query basis", value: basis, message: "expected recorded | effective" }],
    });
  if (asOf === undefined) return { revision: "last" };
  if (typeof asOf !== "string")
    throw problem("invalid-request", "asOf is one revision or date", {
      problems: [{ path: "query asOf", value: asOf, message: "expected one revision or date" }],
    });
  if (/^\d{1,19}$/.test(asOf)) return { revision: BigInt(asOf) };
  return basis === "effective" ? { occurredAt: asOf } : { recordedAt: asOf };
};

export const agreementReads = (deps: ServiceDeps): Route[] => [
  {
    operationId: "listAgreements",
    method: "get",
    path: "/agreements",
    summary: "The agreements you can see, by id, a page at a time",
    tag: "agreements",
    authenticated: true,
    parameters: [
      { name: "limit", in: "query", required: false, description: "page size, 1 to 500 (default 50)" },
      { name: "cursor", in: "query", required: false, description: "the `next` of the previous page" },
    ],
    responses: { 200: { description: "a page of the register", body: AgreementList, headers: ["Link"] } },
    problems: ["invalid-request"],
    handle: async (ctx) => {
      const limit = limitOf(ctx.req.query.limit, 50);
      const after = decodeCursor(ctx.req.query.cursor);
      const visible = (await visibleRows(deps, ctx.principal)).filter(
        (row) => after === undefined || String(row.agreementId) > after,
      );
      const page = visible.slice(0, limit);
      const last = page.at(-1);
      const next =
        visible.length > limit && last !== undefined ? encodeCursor(String(last.agreementId)) : undefined;
      if (next !== undefined) ctx.res.setHeader("Link", nextLink(ctx.req, next));
      ctx.res.json({ items: page, ...(next === undefined ? {} : { next }) });
    },
  },
  {
    operationId: "getAgreement",
    method: "get",
    path: "/agreements/{id}",
    summary: "The agreement's state, now or as of a revision or date",
    description:
      "`asOf` is a revision (0 is the proposal) or a date (2007-05-08, the end of that day in Amsterdam, or an ISO date-time); `basis=recorded` (what the ledger had recorded by then, the default) or `effective` (what had occurred by then). The ETag is the stream's revision: send it as If-Match with a command.",
    tag: "agreements",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      { name: "asOf", in: "query", required: false, description: "a revision or a date" },
      { name: "basis", in: "query", required: false, description: "recorded (default) or effective" },
    ],
    responses: { 200: { description: "the state", body: AgreementStateBody, headers: ["ETag"] } },
    problems: ["invalid-request", "not-found"],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const asOf = asOfOf(ctx.req.query);
      const result = await deps.agreements.stateAsOf(id, asOf);
      if (E.isLeft(result)) {
        const error = result.left;
        if (error._tag === "EventDecodeError") throw new Error(describeAsOfError(error));
        if (error._tag === "UnknownAgreement") throw problem("not-found", describeAsOfError(error));
        throw problem("invalid-request", describeAsOfError(error), {
          problems: [
            { path: "query asOf", value: ctx.req.query.asOf ?? null, message: describeAsOfError(error) },
          ],
        });
      }
      ctx.res.setHeader("ETag", etagOf(result.right.streamRevision));
      ctx.res.json(stateJson(result.right));
    },
  },
];
