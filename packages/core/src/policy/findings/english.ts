import { boundedCache } from "../../codec/boundedCache";
import { ZERO, parseDecimal } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import { formatUnits } from "../wording";
import type { FindingWords, ShiftValues } from "./finding";

/** How a language's wording prints the exact strings of a finding's values. */
export interface FindingFormats {
  /** An amount of a unit kind: `36 146 h` in the recorded explanation, `36.146 uur` on a Dutch screen. */
  readonly units: (amount: string, kind: string) => string;
  /** A share or limit in percent, without the sign: `10.2`, `10,2`. */
  readonly number: (text: string) => string;
}

// Each decision words the same few amounts (totals, shifts, what was applied) in every
// verdict: each worded once per unit kind, not parsed and grouped again every time.
const wordedUnits = new Map<string, ReturnType<typeof boundedCache<string>>>();
const unitsOf = (amount: string, kind: string): string => {
  let worded = wordedUnits.get(kind);
  if (worded === undefined) {
    if (wordedUnits.size >= 64) wordedUnits.clear();
    worded = boundedCache<string>();
    wordedUnits.set(kind, worded);
  }
  return (
    worded.get(amount) ?? worded.set(amount, formatUnits(parseDecimal(amount) ?? ZERO, kind as UnitKind))
  );
};

/** The formats of the recorded explanation: grouped exact amounts, `h` for hours. */
export const EXPLANATION_FORMATS: FindingFormats = {
  units: unitsOf,
  number: (text) => text,
};

const who = (person: string, organisation: string, role: string) => `${person} (${organisation}, ${role})`;
const plural = (n: string, one: string, many: string) => `${n} ${n === "1" ? one : many}`;

/** Every finding in English, with the numbers in the given formats. */
export const englishFindingWords = ({ units: u, number: n }: FindingFormats): FindingWords => {
  const shift = (s: ShiftValues): string => `${u(s.amount, s.kind)} from ${s.from} to ${s.to}`;
  const breakdown = (v: { kind: string; applied: string; proposed: string; period?: string }) =>
    `(${u(v.applied, v.kind)} applied since the baseline${v.period === undefined ? "" : ` in ${v.period}`} + ${u(v.proposed, v.kind)} proposed)`;
  return {
    "no-shifts": () => "no shifts proposed",
    "moves-nothing": (v) => `${shift(v)} moves nothing`,
    "same-cell": (v) => `${shift(v)} moves units within one cell`,
    "other-unit-kind": (v) =>
      `${shift(v)}: ${v.cell} counts ${v.cellKind}, not ${v.kind}; a reallocation never moves units between unit kinds`,
    insufficient: (v) =>
      `${v.shift === undefined ? "" : `shift ${v.shift}: `}cannot move ${u(v.amount, v.kind)} out of ${v.from}: it holds ${u(v.holds, v.kind)}`,
    "shifts-move": (v) =>
      `${v.shifts === "1" ? "1 shift moves" : `${v.shifts} shifts move`} ${u(v.amount, v.kind)}`,
    "also-moves": (v) => u(v.amount, v.kind),
    "total-stays": (v) => `the ${v.kind} total stays ${u(v.total, v.kind)}`,
    "no-cell-below-zero": () => "no cell goes below zero",
    "nothing-moved": () => "nothing moved",
    "cumulative-unmeasurable": (v) =>
      `cumulative transfers ${u(v.moved, v.kind)} against an approved total of ${u("0", v.kind)}: no share can be measured ${breakdown(v)}`,
    "cumulative-share": (v) =>
      `cumulative transfers ${u(v.moved, v.kind)} = ${n(v.share)}% of ${u(v.total, v.kind)}, ${v.above === "true" ? "above" : "within"} ${n(v.threshold)}% ${breakdown(v)}`,
    "no-cell-limits": () => "the policy sets no per-cell limits",
    "no-limit-applies": () => "no limit applies to the cells this changes",
    "cell-limit-from-zero": (v) =>
      `${v.cell} would ${v.direction} by ${u(v.change, v.kind)} from ${u(v.approved, v.kind)} as last approved, above the maximum ${v.direction} of ${n(v.limit)}%`,
    "cell-limit": (v) =>
      `${v.cell} would ${v.direction} by ${u(v.change, v.kind)} = ${n(v.share)}% of ${u(v.approved, v.kind)} as last approved, ${v.above === "true" ? "above" : "within"} the maximum ${v.direction} of ${n(v.limit)}%`,
    "no-protected-cells": () => "the policy protects no cells",
    "leaves-protected": (v) => `nothing may leave protected cell ${v.cell}`,
    "enters-protected": (v) => `nothing may arrive in protected cell ${v.cell}`,
    "leaves-receive-only": (v) => `nothing may leave receive-only cell ${v.cell}`,
    "protected-untouched": (v) =>
      `no shift touches the ${plural(v.protected, "protected cell", "protected cells")} or takes from the ${plural(v.receiveOnly, "receive-only cell", "receive-only cells")}`,
    "within-result-areas": () => "every shift stays within its result area",
    "crosses-result-areas": (v) =>
      `moves ${u(v.amount, v.kind)} from result area ${v.fromArea} (${v.from}) to result area ${v.toArea} (${v.to})`,
    "across-allowed": () => "the policy allows moves between result areas",
    "across-needs-approval": () => "moves between result areas need approval",
    "across-forbidden": () => "the policy forbids moves between result areas",
    "zero-in-contract": (v) =>
      `${v.cell} was ${u("0", v.kind)} in the contract: moving units into it changes the scope and needs an amendment`,
    "zero-since-amendment": (v) =>
      `${v.cell} is ${u("0", v.kind)} since an amendment (${u(v.signed, v.kind)} at signing): moving units into it changes the scope and needs an amendment`,
    "empties-result-area": (v) =>
      `result area ${v.resultArea} would hold ${u("0", v.kind)} (${u(v.approved, v.kind)} as last approved): emptying a result area changes the scope and needs an amendment`,
    "within-scope": () => "every receiving cell is part of the contract and no result area is emptied",
    "requester-approves": (v) =>
      `${who(v.person, v.organisation, v.role)} requested ${v.requestId} and may not also approve it`,
    "other-approver": (v) =>
      `${v.requestId} was requested by ${who(v.requester, v.requesterOrganisation, v.requesterRole)} and is decided by ${who(v.person, v.organisation, v.role)}`,
    "approver-role-allowed": (v) =>
      `${who(v.person, v.organisation, v.role)} acts as ${v.role}, which may approve (${v.roles.split(",").join(" or ")})`,
    "approver-role-refused": (v) =>
      `${who(v.person, v.organisation, v.role)} acts as ${v.role}; approvers must act as ${v.roles.split(",").join(" or ")}`,
    "no-freeze-windows": () => "the policy has no freeze windows",
    "in-freeze-window": (v) =>
      `${v.date} falls in the freeze window ${v.from} to ${v.to}${v.reason === undefined ? "" : ` (${v.reason})`}: no reallocation is accepted`,
    "outside-freeze-windows": (v) => {
      const windows = v.windows.split(",").map((w) => w.replace("..", " to "));
      return `${v.date} is outside ${windows.length === 1 ? "the freeze window" : `all ${windows.length} freeze windows`} (${windows.join(", ")})`;
    },
  };
};

/** The recorded explanation of every finding: English, as the rules have always worded them. */
export const englishFindings: FindingWords = englishFindingWords(EXPLANATION_FORMATS);
