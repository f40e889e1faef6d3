import type { Principal } from "@grant-ledger/tokens";
import type { Request, Response } from "express";
import type * as t from "io-ts";
import type { ProblemType } from "../problems/catalogue";

export interface RouteParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly description: string;
  /** For query parameters: the codec of the value as text (all arrive as strings). */
  readonly schema?: t.Mixed;
}

export interface RouteResponse {
  readonly description: string;
  /** The JSON body's codec: the OpenAPI schema is made from it. */
  readonly body?: t.Mixed;
  /** Other media types this status is sent as (e.g. text/html), undescribed by a schema. */
  readonly alsoAs?: readonly string[];
  readonly headers?: readonly string[];
}

/** What a handler gets: the verified caller (on authenticated routes) and the request. */
export interface RouteContext {
  readonly req: Request;
  readonly res: Response;
  readonly principal: Principal;
  readonly requestId: string;
}

/**
 * One endpoint, described once: Express is wired from this list and the OpenAPI document is
 * generated from it, so no route is served undocumented or documented unserved.
 */
export interface Route {
  readonly operationId: string;
  readonly method: "get" | "post";
  /** OpenAPI path template (`/agreements/{id}`). */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  /** False for the health checks and the documentation. */
  readonly authenticated: boolean;
  readonly parameters?: readonly RouteParameter[];
  readonly body?: t.Mixed;
  /** The body's media type: JSON (the default) or an HTML form's. */
  readonly bodyMediaType?: "application/json" | "application/x-www-form-urlencoded";
  readonly responses: Readonly<Record<number, RouteResponse>>;
  /** The problem types this route may answer with, beyond those every route may. */
  readonly problems: readonly ProblemType[];
  readonly handle: (ctx: RouteContext) => Promise<void>;
}

/** `{id}` → `:id`, for Express. */
export const expressPath = (path: string): string => path.replace(/\{([A-Za-z]+)\}/g, ":$1");

export const agreementIdParameter: RouteParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "the agreement's id",
};
