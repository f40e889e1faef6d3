import * as E from "fp-ts/Either";
import type { ShiftSimulation } from "../../policy/simulation";
import type { Evaluation, Verdict } from "../../policy/verdict";
import type { CellEffect } from "../changes";
import { type DomainError, domainError } from "../errors";
import { effectsOf } from "../reallocation";
import { forbiddenReasons } from "../reallocationPolicy";

/** The verdicts and policy version every reallocation event and refusal carries. */
export interface PolicyTrace {
  readonly verdicts: readonly Verdict[];
  readonly policyVersion: number;
}

/**
 * What a request, an approval and a budget reallocation share once the policy has assessed
 * their shifts: the invariants keep their own error variants (the verdicts travel along for
 * the record), then a forbidding verdict refuses; else the effects to record. `refused` says
 * what was forbidden (`reallocation r-1 is forbidden now`), the reasons follow it.
 */
export const admittedEffects = (
  evaluation: Evaluation,
  simulation: ShiftSimulation,
  trace: PolicyTrace,
  requestId: string,
  refused: string,
): E.Either<DomainError, CellEffect[]> => {
  const effects = effectsOf(simulation);
  if (E.isLeft(effects)) return E.left({ ...effects.left, ...trace });
  if (evaluation.outcome === "forbidden")
    return E.left(
      domainError("ReallocationForbidden", `${refused}: ${forbiddenReasons(evaluation)}`, {
        requestId,
        ...trace,
      }),
    );
  return effects;
};
