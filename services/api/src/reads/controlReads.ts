import { Shift, evaluateReallocation } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, agreementIdParameter } from "../app/route";
import { decodeBody } from "../commands/commandEndpoints";
import { etagOf } from "../commands/preconditions";
import { agreementsProblem } from "../problems/agreementsProblem";
import { HttpProblem } from "../problems/problem";
import { visibleAgreement } from "./agreementReads";

export const DryRunBody = t.type({ shifts: t.array(Shift) }, "DryRunBody");

export const DryRunResult = t.type(
  {
    agreementId: t.string,
    revision: t.string,
    outcome: t.keyof({ allowed: null, "needs-approval": null, forbidden: null }),
    verdicts: t.array(t.type({ rule: t.string, outcome: t.string, explanation: t.string })),
  },
  "DryRunResult",
);

export const controlReads = (deps: ServiceDeps): Route[] => [
  {
    operationId: "dryRunControls",
    method: "post",
    path: "/agreements/{id}/controls/dry-run",
    summary:
      "Evaluate proposed shifts against the agreement's policy: the outcome and every rule's verdict; records nothing",
    tag: "controls",
    authenticated: true,
    parameters: [agreementIdParameter],
    body: DryRunBody,
    responses: {
      200: { description: "what the policy would say now", body: DryRunResult, headers: ["ETag"] },
    },
    problems: [
      "malformed-json",
      "invalid-request",
      "not-found",
      "domain-conflict",
      "domain-refusal",
      "payload-too-large",
      "unsupported-media-type",
    ],
    handle: async (ctx) => {
      const id = await visibleAgreement(deps, ctx);
      const { shifts } = decodeBody(DryRunBody, ctx.req.body);
      const loaded = await deps.agreements.stateAsOf(id, { revision: "last" });
      if (E.isLeft(loaded)) throw new Error(`agreement ${id} could not be read: ${loaded.left._tag}`);
      const evaluation = evaluateReallocation(loaded.right.state, shifts, deps.clock().toISOString());
      if (E.isLeft(evaluation))
        throw new HttpProblem(
          agreementsProblem({ _tag: "DomainError", error: evaluation.left, commandIndex: 0 }),
        );
      ctx.res.setHeader("ETag", etagOf(loaded.right.streamRevision));
      ctx.res.json({
        agreementId: id,
        revision: String(loaded.right.streamRevision),
        outcome: evaluation.right.outcome,
        verdicts: JSON.parse(JSON.stringify(evaluation.right.verdicts)),
      });
    },
  },
];
