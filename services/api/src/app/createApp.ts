import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { type Agreements, createAgreements } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import type { Principal, TokenVerifier } from "@grant-ledger/tokens";
import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import { type Logger, pino } from "pino";
import { pinoHttp } from "pino-http";
import { version } from "../../package.json";
import { authenticate } from "../auth/authenticate";
import { commandEndpoints } from "../commands/commandEndpoints";
import { openApiDocument } from "../openapi/document";
import { problemRoutes } from "../problems/errorHandler";
import { sendProblem } from "../problems/problem";
import { agreementReads } from "../reads/agreementReads";
import { auditTrailRoutes } from "../reads/auditTrail";
import { controlReads } from "../reads/controlReads";
import { integrityReads } from "../reads/integrityReads";
import { DEFAULT_TRAIL_PAGE_BYTES, createTrailPages, noTrailPages } from "../reads/trailPages";
import { type ViewReader, createViewReader } from "../reads/viewReader";
import { viewReads } from "../reads/viewReads";
import { reportRoutes } from "../reports/reportRoutes";
import { loginRoutes } from "../session/loginRoutes";
import { grantEndpoints } from "../tenancy/grantEndpoints";
import { createGrants } from "../tenancy/grants";
import { createTenancy } from "../tenancy/tenancy";
import type { ServiceDeps } from "./deps";
import { type Route, type RouteContext, expressPath } from "./route";
import { securityHeaders } from "./securityHeaders";
import { serviceRoutes } from "./serviceRoutes";

export interface AppOptions {
  readonly store: EventStore;
  /** The application layer; by default one over `store` with a state cache. */
  readonly agreements?: Agreements;
  readonly views?: ViewReader;
  readonly auth: { readonly verify: TokenVerifier };
  readonly logger?: Logger;
  readonly clock?: () => Date;
  readonly checkpointKeyPem?: string;
  /** Largest request body (default 256kb: the 2007 agreement's proposal is about 60 kB). */
  readonly bodyLimit?: string;
  /** Requests per window per client address (default 600 a minute); false: no limit (benchmarks). */
  readonly rateLimit?: { readonly limit: number; readonly windowMs: number } | false;
  /** Origins allowed cross-origin requests; none (the default): CORS stays off. */
  readonly corsOrigins?: readonly string[];
  /** Express's `trust proxy`: behind a TLS-terminating proxy, so https requests count as secure. */
  readonly trustProxy?: string | number;
  /** Bytes of serialised audit-trail pages kept (default 32 MiB); 0: none. See the README. */
  readonly trailPageBytes?: number;
  /** False while starting or shutting down: /readyz answers 503. */
  readonly isReady?: () => boolean;
}

export interface ServiceApp {
  readonly app: express.Express;
  readonly routes: readonly Route[];
  readonly document: ReturnType<typeof openApiDocument>;
}

const FORM = "application/x-www-form-urlencoded";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const requestIdOf = (req: Request): string => (req as Request & { id: string }).id;

/** Who acted, for the log: the organisation and role, never the person. */
const actingOf = (res: ServerResponse): { org?: string; role?: string } => {
  const principal = (res as Response).locals?.principal as Principal | undefined;
  return principal === undefined ? {} : { org: principal.organisationId, role: principal.role };
};

/**
 * The service as an Express 5 app (rejected promises reach the error handler). Every route
 * is in one table, from which the OpenAPI document is generated.
 */
export const createApp = (o: AppOptions): ServiceApp => {
  const clock = o.clock ?? (() => new Date());
  const agreements =
    o.agreements ?? createAgreements({ store: o.store, clock, stateCache: { maxStreams: 10_000 } });
  const grants = createGrants(o.store);
  const deps: ServiceDeps = {
    store: o.store,
    agreements,
    views: o.views ?? createViewReader(o.store),
    grants,
    tenancy: createTenancy(o.store, grants),
    clock,
    ...(o.checkpointKeyPem === undefined ? {} : { checkpointKeyPem: o.checkpointKeyPem }),
  };
  const logger = o.logger ?? pino({ level: "info" });
  const business: Route[] = [
    ...agreementReads(deps),
    ...commandEndpoints(deps),
    ...auditTrailRoutes(
      deps,
      o.trailPageBytes === 0 ? noTrailPages : createTrailPages(o.trailPageBytes ?? DEFAULT_TRAIL_PAGE_BYTES),
    ),
    ...viewReads(deps),
    ...controlReads(deps),
    ...reportRoutes(deps),
    ...grantEndpoints(deps),
    ...integrityReads(deps),
    ...loginRoutes({ verify: o.auth.verify, clock }),
  ];
  // The document describes every route, its own included: made once the table is complete.
  const routes: Route[] = [
    ...business,
    ...serviceRoutes({ store: o.store, isReady: o.isReady ?? (() => true), document: () => document }),
  ];
  const document = openApiDocument(routes, version);

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  if (o.trustProxy !== undefined) app.set("trust proxy", o.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      // Never the headers (tokens) nor the body (a person's name in a signature): method, path, status.
      // Unwrapped: the serializers read the three fields off the request itself, instead of off
      // the full copy (headers, address, …) pino-std-serializers would build for each request.
      wrapSerializers: false,
      serializers: {
        req: (req: { id: string; method: string; originalUrl?: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.originalUrl ?? req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error !== undefined || res.statusCode >= 500 ? "error" : "info"),
      // The line pino-http writes when the response is done comes from the logger it made at
      // the start, before the token was read: the caller's organisation and role are added here.
      customSuccessObject: (_req, res, line) => ({ ...line, ...actingOf(res) }),
      customErrorObject: (_req, res, _error, line) => ({ ...line, ...actingOf(res) }),
    }),
  );
  app.use(securityHeaders());
  if (o.corsOrigins !== undefined && o.corsOrigins.length > 0)
    app.use(
      cors({ origin: [...o.corsOrigins], exposedHeaders: ["ETag", "Link", "Location", "X-Request-Id"] }),
    );
  if (o.rateLimit !== false) {
    const limits = o.rateLimit ?? { limit: 600, windowMs: 60_000 };
    app.use(
      rateLimit({
        ...limits,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        handler: (req, res) => sendProblem(res, { type: "too-many-requests" }, requestIdOf(req)),
      }),
    );
  }
  const json = express.json({ limit: o.bodyLimit ?? "256kb", type: "application/json" });
  const form = express.urlencoded({ extended: false, limit: "16kb", type: FORM });
  const guardMediaType = (media: string) => (req: Request, res: Response, next: NextFunction) => {
    const hasBody =
      req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    if (hasBody && !req.is(media))
      return sendProblem(
        res,
        { type: "unsupported-media-type", detail: `send the body as ${media}` },
        requestIdOf(req),
      );
    next();
  };
  const authenticated = authenticate(o.auth.verify);
  for (const route of routes) {
    const handler = async (req: Request, res: Response) => {
      const ctx: RouteContext = {
        req,
        res,
        principal: res.locals.principal,
        requestId: requestIdOf(req),
      };
      await route.handle(ctx);
    };
    const chain = [
      ...(route.authenticated ? [authenticated] : []),
      ...(route.method !== "post"
        ? []
        : route.bodyMediaType === FORM
          ? [guardMediaType(FORM), form]
          : [guardMediaType("application/json"), json]),
      handler,
    ];
    app[route.method](expressPath(route.path), ...chain);
  }
  problemRoutes(app, routes, logger);
  return { app, routes, document };
};
