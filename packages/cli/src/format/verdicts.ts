import { type FindingFormats, type Verdict, parseDecimal, wordFindings } from "@grant-ledger/core";
import { type Messages, kindName } from "../messages/catalogue";
import { numberFormats } from "./numbers";

/** Exact strings of units and percentages as the catalogue's language prints them (`3.700 uur`, `10,2`, `€ 5.000`). */
export const screenFormats = (m: Messages): FindingFormats => {
  const formats = numberFormats(m);
  return {
    units: (amount, kind) => {
      const d = parseDecimal(amount);
      return d === undefined
        ? `${amount} ${kindName(m, kind)}`
        : formats.quantity({ kind: kind as never, amount: d });
    },
    number: (text) => {
      const d = parseDecimal(text);
      return d === undefined ? text : formats.amount(d);
    },
  };
};

/**
 * A verdict's explanation in the catalogue's language and number formats, worded from what the
 * rule found; the recorded (English) explanation where the verdict has no findings (recorded
 * before they were) or one this version does not know.
 */
export const verdictExplanation = (v: Verdict, m: Messages): string =>
  v.findings === undefined
    ? v.explanation
    : (wordFindings(v.findings, m.findings(screenFormats(m))) ?? v.explanation);

/** One line per verdict: outcome, rule, explanation, in the catalogue's words (a rule it has no word for: its code). */
export const verdictLines = (verdicts: readonly Verdict[], m: Messages): string[] => {
  const { outcomes, rules } = m.verdictWords;
  const outcome = (v: Verdict) => outcomes[v.outcome] ?? v.outcome;
  const rule = (v: Verdict) => rules[v.rule] ?? v.rule;
  const width = Math.max(14, ...verdicts.map((v) => outcome(v).length));
  const ruleWidth = Math.max(20, ...verdicts.map((v) => rule(v).length));
  return verdicts.map(
    (v) => `  ${outcome(v).padEnd(width)} ${rule(v).padEnd(ruleWidth)} ${verdictExplanation(v, m)}`,
  );
};

/** A verdict under --json: the recorded English explanation and the findings as data. */
export const verdictJson = (v: Verdict) => ({
  rule: v.rule,
  outcome: v.outcome,
  explanation: v.explanation,
  ...(v.findings === undefined ? {} : { findings: v.findings }),
});
