import * as t from "io-ts";
import { intersection } from "../codec/encodedAsIs";
import { englishFindings } from "./findings/english";
import { type Finding, Finding as FindingCodec, wordFindings } from "./findings/finding";

/** The rules of a reallocation policy, in the order the verdicts list them. */
export const PolicyRule = t.keyof(
  {
    conservation: null,
    "cumulative-threshold": null,
    "cell-limits": null,
    "protected-cells": null,
    "across-result-areas": null,
    scope: null,
    "four-eyes": null,
    "approver-role": null,
    "freeze-window": null,
  },
  "PolicyRule",
);
export type PolicyRule = t.TypeOf<typeof PolicyRule>;

export const VerdictOutcome = t.keyof(
  { pass: null, "needs-approval": null, forbidden: null },
  "VerdictOutcome",
);
export type VerdictOutcome = t.TypeOf<typeof VerdictOutcome>;

/**
 * What one rule said about a proposal, with the numbers it looked at. Recorded in events:
 * `explanation` in English, and (since 2026-12) the same as `findings`, data any language can
 * word; verdicts recorded before have the explanation only.
 */
export const Verdict = intersection(
  [
    t.type({ rule: PolicyRule, outcome: VerdictOutcome, explanation: t.string }),
    t.partial({ findings: t.array(FindingCodec) }),
  ],
  "Verdict",
);
export type Verdict = t.TypeOf<typeof Verdict>;

export const EvaluationOutcome = t.keyof(
  { allowed: null, "needs-approval": null, forbidden: null },
  "EvaluationOutcome",
);
export type EvaluationOutcome = t.TypeOf<typeof EvaluationOutcome>;

export const Evaluation = t.type({ outcome: EvaluationOutcome, verdicts: t.array(Verdict) }, "Evaluation");
export type Evaluation = t.TypeOf<typeof Evaluation>;

export const verdict = (rule: PolicyRule, outcome: VerdictOutcome, explanation: string): Verdict => ({
  rule,
  outcome,
  explanation,
});

/** A verdict from what the rule found: the English explanation is worded from the findings. */
export const verdictOf = (
  rule: PolicyRule,
  outcome: VerdictOutcome,
  findings: readonly Finding[],
): Verdict => ({
  rule,
  outcome,
  explanation: wordFindings(findings, englishFindings) ?? "",
  findings: [...findings],
});

const SEVERITY: Record<VerdictOutcome, number> = { pass: 0, "needs-approval": 1, forbidden: 2 };

export const worstOutcome = (outcomes: Iterable<VerdictOutcome>): VerdictOutcome => {
  let worst: VerdictOutcome = "pass";
  for (const o of outcomes) if (SEVERITY[o] > SEVERITY[worst]) worst = o;
  return worst;
};

/** Any forbidden verdict forbids; otherwise any needs-approval verdict needs approval. */
export const evaluationOf = (verdicts: readonly Verdict[]): Evaluation => {
  const worst = worstOutcome(verdicts.map((v) => v.outcome));
  return { outcome: worst === "pass" ? "allowed" : worst, verdicts: [...verdicts] };
};
