import { fallsOnDays } from "../../calendar/calendarDay";
import { type Verdict, verdict } from "../verdict";
import type { RuleInput } from "./ruleInput";

/**
 * Rule 8: no reallocation is accepted on a day inside a freeze window (bounds included): the
 * Amsterdam calendar day on which the ledger recorded it, whatever the client says.
 */
export const freezeWindow = ({ policy, at, date }: RuleInput): Verdict => {
  const windows = policy.freezeWindows;
  if (windows.length === 0) return verdict("freeze-window", "pass", "the policy has no freeze windows");
  const hit = windows.find((w) => fallsOnDays(at, w.from, w.to));
  if (hit) {
    return verdict(
      "freeze-window",
      "forbidden",
      `${date} falls in the freeze window ${hit.from} to ${hit.to}${hit.reason.trim() === "" ? "" : ` (${hit.reason})`}: no reallocation is accepted`,
    );
  }
  return verdict(
    "freeze-window",
    "pass",
    `${date} is outside ${windows.length === 1 ? "the freeze window" : `all ${windows.length} freeze windows`} (${windows.map((w) => `${w.from} to ${w.to}`).join(", ")})`,
  );
};
