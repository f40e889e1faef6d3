import { cellKey } from "../../cell/cell";
import { toDecimalString } from "../../quantity/decimal";
import { finding } from "../findings/finding";
import { type Verdict, verdictOf } from "../verdict";
import type { RuleInput } from "./ruleInput";

/** Rule 5: moving units between result areas is allowed, needs approval, or is forbidden. */
export const acrossResultAreas = ({ policy, shifts }: RuleInput): Verdict => {
  const crossing = shifts.filter((s) => s.from.resultArea !== s.to.resultArea);
  if (crossing.length === 0)
    return verdictOf("across-result-areas", "pass", [finding("within-result-areas", {})]);
  const moves = crossing.map((s) =>
    finding("crosses-result-areas", {
      amount: toDecimalString(s.quantity.amount),
      kind: s.quantity.kind,
      fromArea: s.from.resultArea,
      from: cellKey(s.from),
      toArea: s.to.resultArea,
      to: cellKey(s.to),
    }),
  );
  switch (policy.acrossResultAreas) {
    case "allow":
      return verdictOf("across-result-areas", "pass", [...moves, finding("across-allowed", {})]);
    case "needs-approval":
      return verdictOf("across-result-areas", "needs-approval", [
        ...moves,
        finding("across-needs-approval", {}),
      ]);
    case "forbid":
      return verdictOf("across-result-areas", "forbidden", [...moves, finding("across-forbidden", {})]);
  }
};
