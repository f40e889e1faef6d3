import * as t from "io-ts";
import { intersection, stringRecord } from "../../codec/encodedAsIs";

/**
 * What a rule found, as data: a code and its values (exact decimals, unit kinds, cells,
 * dates, all as strings). Recorded in the verdict next to its English explanation, so any
 * language can word the same finding with its own number formats.
 */
export const Finding = intersection(
  [t.type({ code: t.string }), t.partial({ values: stringRecord() })],
  "Finding",
);
export type Finding = t.TypeOf<typeof Finding>;

/** A shift as its findings name it. */
export interface ShiftValues {
  readonly amount: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
}

interface Person {
  readonly person: string;
  readonly organisation: string;
  readonly role: string;
}

/** Every finding's values, by code: the rules build them, each language words them. */
export interface FindingValues {
  // conservation
  "no-shifts": Record<string, never>;
  "moves-nothing": ShiftValues;
  "same-cell": ShiftValues;
  "other-unit-kind": ShiftValues & { readonly cell: string; readonly cellKind: string };
  insufficient: {
    readonly amount: string;
    readonly kind: string;
    readonly from: string;
    readonly holds: string;
    /** 1-based, when the proposal has more than one shift. */
    readonly shift?: string;
  };
  "shifts-move": { readonly shifts: string; readonly amount: string; readonly kind: string };
  "also-moves": { readonly amount: string; readonly kind: string };
  "total-stays": { readonly kind: string; readonly total: string };
  "no-cell-below-zero": Record<string, never>;
  // cumulative threshold
  "nothing-moved": Record<string, never>;
  "cumulative-unmeasurable": CumulativeValues;
  "cumulative-share": CumulativeValues & {
    readonly share: string;
    readonly total: string;
    readonly threshold: string;
    readonly above: "true" | "false";
  };
  // cell limits
  "no-cell-limits": Record<string, never>;
  "no-limit-applies": Record<string, never>;
  "cell-limit-from-zero": CellLimitValues;
  "cell-limit": CellLimitValues & { readonly share: string; readonly above: "true" | "false" };
  // protected cells
  "no-protected-cells": Record<string, never>;
  "leaves-protected": { readonly cell: string };
  "enters-protected": { readonly cell: string };
  "leaves-receive-only": { readonly cell: string };
  "protected-untouched": { readonly protected: string; readonly receiveOnly: string };
  // across result areas
  "within-result-areas": Record<string, never>;
  "crosses-result-areas": ShiftValues & { readonly fromArea: string; readonly toArea: string };
  "across-allowed": Record<string, never>;
  "across-needs-approval": Record<string, never>;
  "across-forbidden": Record<string, never>;
  // scope
  "zero-in-contract": { readonly cell: string; readonly kind: string };
  "zero-since-amendment": { readonly cell: string; readonly kind: string; readonly signed: string };
  "empties-result-area": { readonly resultArea: string; readonly kind: string; readonly approved: string };
  "within-scope": Record<string, never>;
  // four eyes, approver role
  "requester-approves": Person & { readonly requestId: string };
  "other-approver": {
    readonly requestId: string;
    readonly requester: string;
    readonly requesterOrganisation: string;
    readonly requesterRole: string;
  } & Person;
  "approver-role-allowed": Person & { readonly roles: string };
  "approver-role-refused": Person & { readonly roles: string };
  // freeze window
  "no-freeze-windows": Record<string, never>;
  "in-freeze-window": {
    readonly date: string;
    readonly from: string;
    readonly to: string;
    readonly reason?: string;
  };
  /** `windows`: `from..to` pairs separated by commas. */
  "outside-freeze-windows": { readonly date: string; readonly windows: string };
}

interface CumulativeValues {
  readonly kind: string;
  readonly moved: string;
  readonly applied: string;
  readonly proposed: string;
  /** `2007-H2`, when the threshold counts per period. */
  readonly period?: string;
}

interface CellLimitValues {
  readonly cell: string;
  readonly direction: "decrease" | "increase";
  readonly kind: string;
  readonly change: string;
  readonly approved: string;
  readonly limit: string;
}

export type FindingCode = keyof FindingValues;

export const finding = <C extends FindingCode>(code: C, values: FindingValues[C]): Finding => {
  // Every rule builds several findings per decision: one pass, no intermediate arrays.
  let present: Record<string, string> | undefined;
  for (const key in values) {
    const v = (values as Readonly<Record<string, string | undefined>>)[key];
    if (v === undefined) continue;
    present ??= {};
    present[key] = v;
  }
  return present === undefined ? { code } : { code, values: present };
};

/** How one language words every finding (the English one is the recorded explanation). */
export type FindingWords = { readonly [C in FindingCode]: (values: FindingValues[C]) => string };

const CODES: Readonly<Record<FindingCode, true>> = {
  "no-shifts": true,
  "moves-nothing": true,
  "same-cell": true,
  "other-unit-kind": true,
  insufficient: true,
  "shifts-move": true,
  "also-moves": true,
  "total-stays": true,
  "no-cell-below-zero": true,
  "nothing-moved": true,
  "cumulative-unmeasurable": true,
  "cumulative-share": true,
  "no-cell-limits": true,
  "no-limit-applies": true,
  "cell-limit-from-zero": true,
  "cell-limit": true,
  "no-protected-cells": true,
  "leaves-protected": true,
  "enters-protected": true,
  "leaves-receive-only": true,
  "protected-untouched": true,
  "within-result-areas": true,
  "crosses-result-areas": true,
  "across-allowed": true,
  "across-needs-approval": true,
  "across-forbidden": true,
  "zero-in-contract": true,
  "zero-since-amendment": true,
  "empties-result-area": true,
  "within-scope": true,
  "requester-approves": true,
  "other-approver": true,
  "approver-role-allowed": true,
  "approver-role-refused": true,
  "no-freeze-windows": true,
  "in-freeze-window": true,
  "outside-freeze-windows": true,
};

export const isFindingCode = (code: string): code is FindingCode =>
  Object.prototype.hasOwnProperty.call(CODES, code);

/**
 * The findings worded in one language and joined as the explanation joins them; undefined
 * when a finding is not one this version knows (a newer rule), so the caller shows the
 * recorded explanation instead. Values are trusted to fit their code: they were built by
 * `finding` and decoded as strings.
 */
export const wordFindings = (findings: readonly Finding[], words: FindingWords): string | undefined => {
  const parts: string[] = [];
  for (const f of findings) {
    if (!isFindingCode(f.code)) return undefined;
    const say = words[f.code] as (values: Readonly<Record<string, string>>) => string;
    parts.push(say(f.values ?? {}));
  }
  return parts.join("; ");
};
