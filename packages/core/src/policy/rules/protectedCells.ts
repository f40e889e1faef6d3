import { cellKey } from "../../cell/cell";
import { isProtected, isReceiveOnly } from "../policy";
import { type Verdict, verdict } from "../verdict";
import type { RuleInput } from "./ruleInput";

/** Rule 4: nothing leaves or enters a protected cell; nothing leaves a receive-only cell. */
export const protectedCells = ({ policy, shifts }: RuleInput): Verdict => {
  const protectedCount = policy.protectedCells.length;
  const receiveOnlyCount = policy.receiveOnlyCells.length;
  if (protectedCount + receiveOnlyCount === 0) {
    return verdict("protected-cells", "pass", "the policy protects no cells");
  }
  const problems = new Set<string>();
  for (const s of shifts) {
    if (isProtected(policy, s.from)) problems.add(`nothing may leave protected cell ${cellKey(s.from)}`);
    if (isProtected(policy, s.to)) problems.add(`nothing may arrive in protected cell ${cellKey(s.to)}`);
    if (isReceiveOnly(policy, s.from)) problems.add(`nothing may leave receive-only cell ${cellKey(s.from)}`);
  }
  if (problems.size > 0) return verdict("protected-cells", "forbidden", [...problems].join("; "));
  return verdict(
    "protected-cells",
    "pass",
    `no shift touches the ${protectedCount} protected cell${protectedCount === 1 ? "" : "s"} or takes from the ${receiveOnlyCount} receive-only cell${receiveOnlyCount === 1 ? "" : "s"}`,
  );
};
