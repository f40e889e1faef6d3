import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import helmet, { type HelmetOptions } from "helmet";

type Header = readonly [name: string, value: string | number | readonly string[]];

/**
 * helmet's headers, set by helmet itself once and then copied onto every response. With options
 * whose values are all fixed (the defaults: no per-request nonce) helmet sets the same headers
 * on every response; running its thirteen middlewares per request only repeats that (about 5%
 * of a command request's CPU in the benchmark's profile). An option that varies per request
 * (a directive given as a function) is refused here rather than frozen.
 */
export const securityHeaders = (options: Readonly<HelmetOptions> = {}) => {
  const csp = options.contentSecurityPolicy;
  if (typeof csp === "object" && Object.values(csp.directives ?? {}).some((v) => hasFunction(v)))
    throw new Error("securityHeaders: a per-request directive cannot be set once; use helmet() itself");
  const headers: Header[] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: Header[1]) => headers.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure !== undefined) throw failure;
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
};

const hasFunction = (v: unknown): boolean =>
  typeof v === "function" || (Array.isArray(v) && v.some((x) => typeof x === "function"));
