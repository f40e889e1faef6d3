import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, type RouteContext, agreementIdParameter } from "../app/route";
import { decodeBody, idempotencyKeyOf } from "../commands/commandEndpoints";
import type { ProblemType } from "../problems/catalogue";
import { problem } from "../problems/problem";
import {
  AuditorGrantRequest,
  AuditorGrantWithdrawalRequest,
  GRANT_EVENT,
  type GrantChange,
  WITHDRAWAL_EVENT,
} from "./grants";

export const GrantResult = t.type(
  { agreementId: t.string, auditorOrganisationId: t.string, revision: t.string, hash: t.string },
  "GrantResult",
);

const RULE = "the municipality of the agreement grants auditors access and withdraws it";

const idempotencyParameter = {
  name: "Idempotency-Key",
  in: "header" as const,
  required: false,
  description:
    "a repeat with the same key and terms answers the first response and records nothing; other terms: 422",
};

const PROBLEMS: readonly ProblemType[] = [
  "idempotency-key-reused",
  "malformed-json",
  "invalid-request",
  "not-found",
  "role-refused",
  "payload-too-large",
  "unsupported-media-type",
];

/** Tenancy (404), then role (403), then the change, recorded with the caller as its actor. */
const recordChange = async (
  deps: ServiceDeps,
  ctx: RouteContext,
  change: Omit<GrantChange, "actor" | "idempotencyKey">,
  status: number,
) => {
  if (!(await deps.tenancy.canSee(ctx.principal, change.agreementId)))
    throw problem("not-found", `no agreement ${change.agreementId} that you can see`);
  if (ctx.principal.role !== "municipality")
    throw problem("role-refused", `${RULE}; you act as ${ctx.principal.role}`, { rule: RULE });
  const { organisationId, role, person } = ctx.principal;
  const idempotencyKey = idempotencyKeyOf(ctx);
  const recorded = await deps.grants.record(
    {
      ...change,
      actor: { organisationId, role, person },
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    },
    deps.clock,
  );
  if (recorded === "KeyReused")
    throw problem(
      "idempotency-key-reused",
      "this Idempotency-Key was used for a different grant or withdrawal",
    );
  if (recorded === "NotHeld")
    throw problem(
      "domain-conflict",
      `${change.auditorOrganisationId} holds no grant on ${change.agreementId} to withdraw`,
      { tag: "GrantNotHeld" },
    );
  if (recorded.replay) ctx.res.setHeader("Idempotent-Replayed", "true");
  ctx.res.status(status).json({
    agreementId: change.agreementId,
    auditorOrganisationId: change.auditorOrganisationId,
    revision: String(recorded.revision),
    hash: recorded.hash,
  });
};

export const grantEndpoints = (deps: ServiceDeps): Route[] => [
  {
    operationId: "grantAuditor",
    method: "post",
    path: "/agreements/{id}/auditor-grants",
    summary:
      "The municipality grants an auditing organisation read access to this agreement (recorded in the ledger)",
    description: `Who may: ${RULE}. Recorded as an AuditorGranted event in the ledger's \`auditor-grants\` stream (hash chained, in every checkpoint).`,
    tag: "tenancy",
    authenticated: true,
    parameters: [agreementIdParameter, idempotencyParameter],
    body: AuditorGrantRequest,
    responses: { 201: { description: "recorded", body: GrantResult } },
    problems: PROBLEMS,
    handle: async (ctx) => {
      const request = decodeBody(AuditorGrantRequest, ctx.req.body);
      await recordChange(
        deps,
        ctx,
        {
          type: GRANT_EVENT,
          agreementId: ctx.req.params.id as string,
          auditorOrganisationId: request.auditorOrganisationId,
          reason: request.reason,
          ...(request.occurredAt === undefined ? {} : { occurredAt: request.occurredAt }),
        },
        201,
      );
    },
  },
  {
    operationId: "withdrawAuditorGrant",
    method: "post",
    path: "/agreements/{id}/auditor-grants/{auditorOrganisationId}/withdrawal",
    summary:
      "The municipality withdraws an auditor's grant: from the next request on it sees nothing of this agreement",
    description: `Who may: ${RULE}. Recorded as an AuditorGrantWithdrawn event in the \`auditor-grants\` stream; the grant stays in the ledger's history. Withdrawing a grant the auditor does not hold is 409 (\`tag: GrantNotHeld\`).`,
    tag: "tenancy",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      {
        name: "auditorOrganisationId",
        in: "path",
        required: true,
        description: "the auditing organisation whose grant ends",
      },
      idempotencyParameter,
    ],
    body: AuditorGrantWithdrawalRequest,
    responses: { 200: { description: "recorded", body: GrantResult } },
    problems: [...PROBLEMS, "domain-conflict"],
    handle: async (ctx) => {
      const request = decodeBody(AuditorGrantWithdrawalRequest, ctx.req.body);
      await recordChange(
        deps,
        ctx,
        {
          type: WITHDRAWAL_EVENT,
          agreementId: ctx.req.params.id as string,
          auditorOrganisationId: ctx.req.params.auditorOrganisationId as string,
          reason: request.reason,
          ...(request.occurredAt === undefined ? {} : { occurredAt: request.occurredAt }),
        },
        200,
      );
    },
  },
];
