import type { EventStore } from "@grant-ledger/event-store";
import * as t from "io-ts";
import { docsPage } from "../openapi/docsPage";
import type { OpenApiDocument } from "../openapi/document";
import { problem } from "../problems/problem";
import type { Route } from "./route";

const Health = t.type({ status: t.string }, "Health");

/** Health checks and the documentation: open to anyone, no token needed. */
export const serviceRoutes = (o: {
  readonly store: Pick<EventStore, "readAll">;
  readonly isReady: () => boolean;
  readonly document: () => OpenApiDocument;
}): Route[] => [
  {
    operationId: "healthz",
    method: "get",
    path: "/healthz",
    summary: "Liveness: the process answers",
    tag: "service",
    authenticated: false,
    responses: { 200: { description: "alive", body: Health } },
    problems: [],
    handle: async ({ res }) => {
      res.json({ status: "ok" });
    },
  },
  {
    operationId: "readyz",
    method: "get",
    path: "/readyz",
    summary: "Readiness: the store can be read and the service is not shutting down",
    tag: "service",
    authenticated: false,
    responses: { 200: { description: "ready", body: Health } },
    problems: ["unavailable"],
    handle: async ({ res }) => {
      if (!o.isReady()) throw problem("unavailable", "shutting down");
      for await (const _ of o.store.readAll({ maxCount: 1 })) break;
      res.json({ status: "ready" });
    },
  },
  {
    operationId: "openApi",
    method: "get",
    path: "/openapi.json",
    summary: "This document (OpenAPI 3.1), generated from the codecs that validate requests",
    tag: "service",
    authenticated: false,
    responses: { 200: { description: "the OpenAPI document", body: t.UnknownRecord } },
    problems: [],
    handle: async ({ res }) => {
      res.json(o.document());
    },
  },
  {
    operationId: "docs",
    method: "get",
    path: "/docs",
    summary: "The API documentation as a page (served here: no CDN)",
    tag: "service",
    authenticated: false,
    responses: { 200: { description: "HTML", alsoAs: ["text/html"] } },
    problems: [],
    handle: async ({ res }) => {
      res.type("html").send(docsPage(o.document()));
    },
  },
];
