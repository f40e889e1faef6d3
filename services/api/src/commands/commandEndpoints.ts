import { randomUUID } from "node:crypto";
import { type Handled, agreementStreamId } from "@grant-ledger/agreements";
import { decodeProblems } from "@grant-ledger/core";
import type { StreamRevision } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, type RouteContext, agreementIdParameter } from "../app/route";
import { agreementsProblem } from "../problems/agreementsProblem";
import { HttpProblem, problem } from "../problems/problem";
import { COMMAND_ROUTES, type CommandRoute } from "./commandRoutes";
import { etagOf, ifMatchOf } from "./preconditions";
import { scopedAgreementId } from "./proposalIdentity";

/** What every command answers with: what was recorded, and the agreement's new ETag. */
export const CommandResult = t.intersection(
  [
    t.type({
      agreementId: t.string,
      revision: t.string,
      etag: t.string,
      events: t.array(t.type({ type: t.string, revision: t.string, hash: t.string })),
    }),
    t.partial({ evaluation: t.UnknownRecord }),
  ],
  "CommandResult",
);

/** The body as decoded: the path's fields are not in it, `occurredAt` may be. */
export const decodeBody = <A>(codec: t.Type<A, unknown, unknown>, body: unknown): A => {
  const decoded = codec.decode(body);
  if (E.isRight(decoded)) return decoded.right;
  const problems = decodeProblems(decoded.left);
  throw problem("invalid-request", problems.map((p) => p.message).join("; "), {
    problems: problems.map((p) => ({ path: p.path, value: p.found ?? null, message: p.message })),
  });
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export const idempotencyKeyOf = (ctx: RouteContext): string | undefined => {
  const key = ctx.req.get("idempotency-key");
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key))
    throw problem("invalid-request", "Idempotency-Key must be 1 to 200 visible ASCII characters", {
      problems: [
        { path: "header Idempotency-Key", value: key, message: "1 to 200 visible ASCII characters" },
      ],
    });
  return key;
};

export const currentRevision = async (deps: ServiceDeps, agreementId: string): Promise<StreamRevision> => {
  for await (const e of deps.store.readStream(agreementStreamId(agreementId), {
    direction: "backwards",
    maxCount: 1,
  }))
    return e.revision;
  return "no-stream";
};

const resultOf = (handled: Handled) => {
  const last = handled.recorded.at(-1);
  const revision = last?.revision ?? handled.revision;
  return {
    agreementId: handled.agreementId,
    revision: String(revision),
    etag: etagOf(revision),
    events: handled.recorded.map((e) => ({ type: e.type, revision: String(e.revision), hash: e.hash })),
    ...(handled.evaluation === undefined
      ? {}
      : { evaluation: JSON.parse(JSON.stringify(handled.evaluation)) }),
  };
};

/**
 * One command request: decode the body (400), check tenancy (404) and role (403), then the
 * precondition (428, 412) and hand the command to the application layer with the caller as
 * its actor. Nothing in the body can name the actor: it is not a field of any body.
 */
const handleCommand = (deps: ServiceDeps, r: CommandRoute) => async (ctx: RouteContext) => {
  const { req, res, principal } = ctx;
  const body = decodeBody(r.body, req.body) as Record<string, unknown> & { occurredAt?: string };
  const { occurredAt, ...fields } = body;
  const agreementId =
    r.creates === true
      ? scopedAgreementId(principal.organisationId, String(fields.agreementId))
      : (req.params.id as string);
  if (r.creates !== true && !(await deps.tenancy.canSee(principal, agreementId)))
    throw problem("not-found", `no agreement ${agreementId} that you can see`);
  if (!r.roles.includes(principal.role) || (r.signsForItself === true && fields.party !== principal.role))
    throw problem("role-refused", `${r.rule}; you act as ${principal.role}`, { rule: r.rule });
  const idempotencyKey = idempotencyKeyOf(ctx);
  let expectedRevision: bigint | "no-stream";
  if (r.creates === true) {
    if (req.get("if-none-match")?.trim() !== "*")
      throw problem(
        "precondition-required",
        "proposing needs If-None-Match: * (the agreement must not exist yet)",
      );
    expectedRevision = "no-stream";
  } else {
    const ifMatch = ifMatchOf(req.get("if-match"));
    if (ifMatch.kind === "missing")
      throw problem(
        "precondition-required",
        "send If-Match with the agreement's ETag (GET /agreements/{id})",
      );
    if (ifMatch.kind === "never")
      throw problem("precondition-failed", "If-Match names no current ETag of this agreement", {
        currentEtag: etagOf(await currentRevision(deps, agreementId)),
      });
    expectedRevision = ifMatch.revision;
  }
  const pathData = Object.fromEntries(r.pathFields.map((f) => [f, req.params[f]]));
  const wire = {
    type: r.commandType,
    data: { ...fields, ...pathData, agreementId },
    metadata: {
      actor: { organisationId: principal.organisationId, role: principal.role, person: principal.person },
      commandId: randomUUID(),
      occurredAt: occurredAt ?? deps.clock().toISOString(),
    },
  };
  const handled = await deps.agreements.handle(wire, {
    expectedRevision,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  });
  if (E.isLeft(handled)) throw new HttpProblem(agreementsProblem(handled.left));
  const result = resultOf(handled.right);
  res.setHeader("ETag", result.etag);
  if (handled.right.idempotentReplay) res.setHeader("Idempotent-Replayed", "true");
  if (r.creates === true) res.setHeader("Location", `/agreements/${encodeURIComponent(agreementId)}`);
  res.status(r.creates === true ? 201 : 200).json(result);
};

const pathParameters = (r: CommandRoute) => [
  ...(r.creates === true ? [] : [agreementIdParameter]),
  ...r.pathFields.map((name) => ({ name, in: "path" as const, required: true, description: `the ${name}` })),
  r.creates === true
    ? {
        name: "If-None-Match",
        in: "header" as const,
        required: true,
        description: "`*`: the agreement must not exist yet",
      }
    : {
        name: "If-Match",
        in: "header" as const,
        required: true,
        description: "the agreement's current ETag",
      },
  {
    name: "Idempotency-Key",
    in: "header" as const,
    required: false,
    description:
      "a repeat with the same key and body returns the first response and records nothing; another body: 422",
  },
];

export const commandEndpoints = (deps: ServiceDeps): Route[] =>
  COMMAND_ROUTES.map(
    (r): Route => ({
      operationId: r.operationId,
      method: r.method,
      path: r.path,
      summary: r.summary,
      description: `Who may: ${r.rule}. The actor is the caller's token.`,
      tag: "commands",
      authenticated: true,
      parameters: pathParameters(r),
      body: r.body,
      responses: {
        [r.creates === true ? 201 : 200]: {
          description: "recorded (or, for a repeated Idempotency-Key, the first response)",
          body: CommandResult,
          headers: ["ETag", ...(r.creates === true ? ["Location"] : [])],
        },
      },
      problems: [
        "malformed-json",
        "invalid-request",
        "role-refused",
        "not-found",
        "domain-conflict",
        "domain-refusal",
        "idempotency-key-reused",
        "precondition-failed",
        "precondition-required",
        "payload-too-large",
        "unsupported-media-type",
      ],
      handle: handleCommand(deps, r),
    }),
  );
