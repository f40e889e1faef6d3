/**
 * The catalogue of problem types (RFC 9457). Every problem document the service sends names
 * one of these in `type` (`urn:grant-ledger:problem:<name>`); the README's table and the OpenAPI document are
 * made from this list, so a type cannot be sent without being documented.
 */
export const PROBLEM_TYPES = {
  "malformed-json": { status: 400, title: "The request body is not JSON" },
  "invalid-request": {
    status: 400,
    title: "The request does not decode",
    detail: "`problems` lists each path with the offending value",
  },
  unauthenticated: { status: 401, title: "A valid bearer token is required" },
  "role-refused": {
    status: 403,
    title: "Your role may not do this",
    detail: "`rule` states who may",
  },
  "not-found": {
    status: 404,
    title: "Not found",
    detail: "also for an agreement outside your tenancy: it is never revealed that it exists",
  },
  "cross-site-request": {
    status: 403,
    title: "A login must come from this service's own page",
    detail: "the form was posted from another site (Origin / Sec-Fetch-Site)",
  },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "not-acceptable": { status: 406, title: "No acceptable representation" },
  "domain-conflict": {
    status: 409,
    title: "The agreement's state refuses this command",
    detail:
      "`tag` is the domain error (e.g. AgreementClosed, RequestNotPending); `verdicts` for reallocations",
  },
  "precondition-failed": {
    status: 412,
    title: "The agreement changed since the ETag you sent",
    detail: "`currentEtag` is the agreement's ETag now",
  },
  "payload-too-large": { status: 413, title: "The request body is too large" },
  "unsupported-media-type": { status: 415, title: "Send application/json" },
  "domain-refusal": {
    status: 422,
    title: "The domain refuses this command",
    detail:
      "`tag` is the domain error (e.g. InsufficientUnits, FourEyesViolation); `verdicts` for reallocations",
  },
  "idempotency-key-reused": {
    status: 422,
    title: "This Idempotency-Key was used for a different request",
  },
  "precondition-required": {
    status: 428,
    title: "Commands need If-Match with the agreement's current ETag",
    detail: "POST /agreements needs If-None-Match: * instead",
  },
  "too-many-requests": { status: 429, title: "Too many requests", detail: "see the RateLimit headers" },
  "internal-error": {
    status: 500,
    title: "Something went wrong on our side",
    detail: "quote `requestId` when you report it; nothing internal is said",
  },
  unavailable: { status: 503, title: "The service is not available", detail: "e.g. while shutting down" },
} as const satisfies Record<string, { status: number; title: string; detail?: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

// A URN rather than a URL: nothing to resolve, and no host named that could go stale.
export const problemTypeUri = (type: ProblemType): string => `urn:grant-ledger:problem:${type}`;
