import { fallsOnDays } from "../../calendar/calendarDay";
import { finding } from "../findings/finding";
import { type Verdict, verdictOf } from "../verdict";
import type { RuleInput } from "./ruleInput";

/**
 * Rule 8: no reallocation is accepted on a day inside a freeze window (bounds included): the
 * Amsterdam calendar day on which the ledger recorded it, whatever the client says.
 */
export const freezeWindow = ({ policy, at, date }: RuleInput): Verdict => {
  const windows = policy.freezeWindows;
  if (windows.length === 0) return verdictOf("freeze-window", "pass", [finding("no-freeze-windows", {})]);
  const hit = windows.find((w) => fallsOnDays(at, w.from, w.to));
  if (hit) {
    return verdictOf("freeze-window", "forbidden", [
      finding("in-freeze-window", {
        date,
        from: hit.from,
        to: hit.to,
        ...(hit.reason.trim() === "" ? {} : { reason: hit.reason }),
      }),
    ]);
  }
  return verdictOf("freeze-window", "pass", [
    finding("outside-freeze-windows", { date, windows: windows.map((w) => `${w.from}..${w.to}`).join(",") }),
  ]);
};
