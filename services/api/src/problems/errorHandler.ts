import type { Express, NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import type { Route } from "../app/route";
import { type Problem, isHttpProblem, sendProblem } from "./problem";

const requestIdOf = (req: Request): string => (req as Request & { id?: string }).id ?? "unknown";

/** What body-parser's errors mean: client input, never a 5xx. */
const bodyProblem = (error: { type?: string; status?: number; message?: string }): Problem | undefined => {
  switch (error.type) {
    case "entity.parse.failed":
      return { type: "malformed-json", detail: "the body is not JSON (an object or an array)" };
    case "entity.too.large":
      return { type: "payload-too-large", detail: "the body is larger than this service accepts" };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { type: "unsupported-media-type", detail: "send UTF-8 application/json" };
    default:
      return error.status !== undefined && error.status >= 400 && error.status < 500
        ? { type: "invalid-request", detail: "the request could not be read" }
        : undefined;
  }
};

/**
 * The last handlers: an unknown path is a 404 problem, a known path with another method 405,
 * and every error a problem document. A real 5xx is logged with its stack and says nothing
 * internal to the client, only the request id.
 */
export const problemRoutes = (app: Express, routes: readonly Route[], logger: Logger): void => {
  const templates = routes.map((r) => ({
    method: r.method.toUpperCase(),
    pattern: new RegExp(`^${r.path.replace(/\{[A-Za-z]+\}/g, "[^/]+")}/?$`),
  }));
  app.use((req: Request, res: Response) => {
    const allowed = templates.filter((t) => t.pattern.test(req.path)).map((t) => t.method);
    if (allowed.length > 0)
      return sendProblem(
        res,
        {
          type: "method-not-allowed",
          detail: `use ${allowed.join(", ")}`,
          headers: { Allow: allowed.join(", ") },
        },
        requestIdOf(req),
      );
    sendProblem(res, { type: "not-found", detail: `no route ${req.method} ${req.path}` }, requestIdOf(req));
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const known = isHttpProblem(error)
      ? error.problem
      : typeof error === "object" && error !== null
        ? bodyProblem(error)
        : undefined;
    let failure = error;
    if (known !== undefined && !res.headersSent) {
      try {
        return sendProblem(res, known, requestIdOf(req));
      } catch (unsendable) {
        // A problem that cannot be written is our defect; Express's own page would show the stack.
        failure = unsendable;
      }
    }
    (req.log ?? logger).error({ err: failure }, "request failed");
    if (res.headersSent) return res.end();
    sendProblem(res, { type: "internal-error" }, requestIdOf(req));
  });
};
