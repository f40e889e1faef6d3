import { cellKey } from "../../cell/cell";
import { type Finding, finding } from "../findings/finding";
import { isProtected, isReceiveOnly } from "../policy";
import { type Verdict, verdictOf } from "../verdict";
import type { RuleInput } from "./ruleInput";

/** Rule 4: nothing leaves or enters a protected cell; nothing leaves a receive-only cell. */
export const protectedCells = ({ policy, shifts }: RuleInput): Verdict => {
  const protectedCount = policy.protectedCells.length;
  const receiveOnlyCount = policy.receiveOnlyCells.length;
  if (protectedCount + receiveOnlyCount === 0) {
    return verdictOf("protected-cells", "pass", [finding("no-protected-cells", {})]);
  }
  // Keyed by what they say, so a cell named by two shifts is one problem.
  const problems = new Map<string, Finding>();
  const add = (code: "leaves-protected" | "enters-protected" | "leaves-receive-only", cell: string) =>
    problems.set(`${code} ${cell}`, finding(code, { cell }));
  for (const s of shifts) {
    if (isProtected(policy, s.from)) add("leaves-protected", cellKey(s.from));
    if (isProtected(policy, s.to)) add("enters-protected", cellKey(s.to));
    if (isReceiveOnly(policy, s.from)) add("leaves-receive-only", cellKey(s.from));
  }
  if (problems.size > 0) return verdictOf("protected-cells", "forbidden", [...problems.values()]);
  return verdictOf("protected-cells", "pass", [
    finding("protected-untouched", {
      protected: String(protectedCount),
      receiveOnly: String(receiveOnlyCount),
    }),
  ]);
};
