import { agreementStreamId } from "@grant-ledger/agreements";
import { parseCellKey } from "@grant-ledger/core";
import type { RecordedEvent } from "@grant-ledger/event-store";
import { cellHistory, historyOf } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, agreementIdParameter } from "../app/route";
import { problem } from "../problems/problem";
import { visibleAgreement } from "./agreementReads";
import { auditTrailHtml } from "./auditTrailHtml";
import { decodeCursor, encodeCursor, limitOf, nextLink } from "./paging";
import { type TrailPages, noTrailPages, sendPage, serialisedPage } from "./trailPages";

export const TrailEvent = t.type(
  {
    revision: t.string,
    globalPosition: t.string,
    type: t.string,
    schemaVersion: t.number,
    data: t.UnknownRecord,
    metadata: t.UnknownRecord,
    previousHash: t.string,
    hash: t.string,
  },
  "TrailEvent",
);
export const AuditTrailPage = t.intersection(
  [t.type({ agreementId: t.string, events: t.array(TrailEvent) }), t.partial({ next: t.string })],
  "AuditTrailPage",
);
export type TrailEvent = t.TypeOf<typeof TrailEvent>;

export interface TrailFilter {
  readonly types?: ReadonlySet<string>;
  readonly actorOrganisation?: string;
  /** Ledger time (`recordedAt`), inclusive from, exclusive to, in ms. */
  readonly from?: number;
  readonly to?: number;
  /** Revisions that changed the cell (from the cell-history view). */
  readonly revisions?: ReadonlySet<number>;
}

const bad = (name: string, value: unknown, message: string) =>
  problem("invalid-request", `${name}: ${message}`, {
    problems: [{ path: `query ${name}`, value, message }],
  });

const DAY_MS = 86_400_000;
/** A date (`2007-05-08`, the whole UTC day) or a date-time with zone. */
const momentOf = (name: string, value: unknown, end: boolean): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw bad(name, value, "expected one date");
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms) || (!dateOnly && !/(Z|[+-]\d{2}:\d{2})$/.test(value)))
    throw bad(name, value, "expected YYYY-MM-DD or an ISO date-time with its zone");
  return dateOnly && end ? ms + DAY_MS : ms;
};

const text = (name: string, value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") throw bad(name, value, "expected one non-empty value");
  return value;
};

export const trailEventJson = (e: RecordedEvent): TrailEvent => ({
  revision: String(e.revision),
  globalPosition: String(e.globalPosition),
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
  previousHash: e.previousHash,
  hash: e.hash,
});

const matches = (f: TrailFilter, e: RecordedEvent): boolean => {
  if (f.types !== undefined && !f.types.has(e.type)) return false;
  const m = e.metadata as { actor?: { organisationId?: string }; recordedAt?: string };
  if (f.actorOrganisation !== undefined && m.actor?.organisationId !== f.actorOrganisation) return false;
  if (f.from !== undefined || f.to !== undefined) {
    const at = Date.parse(m.recordedAt ?? "");
    if (f.from !== undefined && !(at >= f.from)) return false;
    if (f.to !== undefined && !(at < f.to)) return false;
  }
  return f.revisions === undefined || f.revisions.has(Number(e.revision));
};

/** A page of the trail: scans forwards from `from` until `limit` events matched (one more tells there is a next). */
export const readTrail = async (
  deps: ServiceDeps,
  agreementId: string,
  filter: TrailFilter,
  from: bigint,
  limit: number,
): Promise<{ events: RecordedEvent[]; next?: bigint }> => {
  const events: RecordedEvent[] = [];
  const unfiltered = Object.keys(filter).length === 0;
  for await (const e of deps.store.readStream(agreementStreamId(agreementId), {
    from,
    ...(unfiltered ? { maxCount: limit + 1 } : {}),
  })) {
    if (!matches(filter, e)) continue;
    if (events.length === limit) return { events, next: e.revision };
    events.push(e);
  }
  return { events };
};

const filterOf = async (
  deps: ServiceDeps,
  agreementId: string,
  q: Record<string, unknown>,
): Promise<TrailFilter> => {
  const type = text("type", q.type);
  const cell = text("cell", q.cell);
  let revisions: Set<number> | undefined;
  if (cell !== undefined) {
    const parsed = parseCellKey(cell);
    if (E.isLeft(parsed)) throw bad("cell", cell, parsed.left);
    const rows = historyOf(await deps.views.current(cellHistory), agreementId, parsed.right);
    revisions = new Set(rows.map((r) => Number(r.revision)));
  }
  const from = momentOf("from", q.from, false);
  const to = momentOf("to", q.to, true);
  const actorOrganisation = text("actorOrganisation", q.actorOrganisation);
  return {
    ...(type === undefined ? {} : { types: new Set(type.split(",")) }),
    ...(actorOrganisation === undefined ? {} : { actorOrganisation }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(revisions === undefined ? {} : { revisions }),
  };
};

export const auditTrailRoutes = (deps: ServiceDeps, pages: TrailPages = noTrailPages): Route[] => [
  {
    operationId: "getAuditTrail",
    method: "get",
    path: "/agreements/{id}/events",
    summary: "The audit trail: every recorded event, who, when, why, with its chain hash",
    description:
      'Paginated with an opaque cursor (`next`, and `Link: rel="next"`). JSON by default; `Accept: text/html` gives a readable page of the same events.',
    tag: "audit",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      { name: "limit", in: "query", required: false, description: "page size, 1 to 500 (default 100)" },
      { name: "cursor", in: "query", required: false, description: "the `next` of the previous page" },
      { name: "type", in: "query", required: false, description: "event types, comma separated" },
      {
        name: "actorOrganisation",
        in: "query",
        required: false,
        description: "only events by this organisation",
      },
      { name: "from", in: "query", required: false, description: "recorded at or after (date or date-time)" },
      {
        name: "to",
        in: "query",
        required: false,
        description: "recorded before the end of (date) or before (date-time)",
      },
      {
        name: "cell",
        in: "query",
        required: false,
        description: "only events that changed this cell: resultArea/workType/district",
      },
      {
        name: "If-None-Match",
        in: "header",
        required: false,
        description: "the page's ETag from an earlier read: 304 when it is still the page",
      },
    ],
    responses: {
      200: {
        description: "a page of events",
        body: AuditTrailPage,
        alsoAs: ["text/html"],
        headers: ["Link", "ETag"],
      },
      304: { description: "not modified: If-None-Match names this page's ETag" },
    },
    problems: ["invalid-request", "not-found", "not-acceptable"],
    handle: async (ctx) => {
      // Tenancy first, on every request: a cached page is never served to a caller who may not see it.
      const id = await visibleAgreement(deps, ctx);
      ctx.res.vary("Accept");
      const kind = ctx.req.accepts(["application/json", "text/html"]);
      if (kind === false)
        throw problem("not-acceptable", "the trail is served as application/json or text/html");
      // Everything the bytes depend on: the representation, the role (none depends on it today,
      // so a later role-dependent field cannot leak through the cache), the path and the query.
      const key = `${kind} ${ctx.principal.role} ${ctx.req.originalUrl}`;
      const ifNoneMatch = ctx.req.get("if-none-match");
      const kept = pages.get(key);
      if (kept !== undefined) return sendPage(ctx.res, ifNoneMatch, kept);
      const limit = limitOf(ctx.req.query.limit, 100);
      const cursor = decodeCursor(ctx.req.query.cursor);
      if (cursor !== undefined && !/^\d{1,19}$/.test(cursor))
        throw bad("cursor", ctx.req.query.cursor, "not a cursor of this trail");
      const filter = await filterOf(deps, id, ctx.req.query);
      const page = await readTrail(deps, id, filter, cursor === undefined ? 0n : BigInt(cursor), limit);
      const next = page.next === undefined ? undefined : encodeCursor(String(page.next));
      const link = next === undefined ? undefined : nextLink(ctx.req, next);
      const sent =
        kind === "text/html"
          ? serialisedPage(
              auditTrailHtml(id, page.events, ctx.req.query, link?.slice(1, link.indexOf(">"))),
              "text/html; charset=utf-8",
              link,
            )
          : serialisedPage(
              JSON.stringify({
                agreementId: id,
                events: page.events.map(trailEventJson),
                ...(next === undefined ? {} : { next }),
              }),
              "application/json; charset=utf-8",
              link,
            );
      // A page with a next ends before the head: its events and its end are recorded, and
      // recorded events never change. A page reaching the head grows with the next event.
      if (next !== undefined) pages.keep(key, sent);
      sendPage(ctx.res, ifNoneMatch, sent);
    },
  },
];
