import { cellKey } from "../../cell/cell";
import { type Verdict, verdict } from "../verdict";
import { formatUnits } from "../wording";
import type { RuleInput } from "./ruleInput";

/** Rule 5: moving units between result areas is allowed, needs approval, or is forbidden. */
export const acrossResultAreas = ({ policy, shifts }: RuleInput): Verdict => {
  const crossing = shifts.filter((s) => s.from.resultArea !== s.to.resultArea);
  if (crossing.length === 0)
    return verdict("across-result-areas", "pass", "every shift stays within its result area");
  const moves = crossing
    .map(
      (s) =>
        `${formatUnits(s.quantity.amount, s.quantity.kind)} from result area ${s.from.resultArea} (${cellKey(s.from)}) to result area ${s.to.resultArea} (${cellKey(s.to)})`,
    )
    .join(", ");
  switch (policy.acrossResultAreas) {
    case "allow":
      return verdict(
        "across-result-areas",
        "pass",
        `moves ${moves}; the policy allows moves between result areas`,
      );
    case "needs-approval":
      return verdict(
        "across-result-areas",
        "needs-approval",
        `moves ${moves}; moves between result areas need approval`,
      );
    case "forbid":
      return verdict(
        "across-result-areas",
        "forbidden",
        `moves ${moves}; the policy forbids moves between result areas`,
      );
  }
};
