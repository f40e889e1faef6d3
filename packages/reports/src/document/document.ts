import type { JsonObject, JsonValue } from "@grant-ledger/core";

/** The shape's name and version: a consumer can tell a later one (schema in docs/reports/). */
export const REPORT_FORMAT = "grant-ledger/report@1";

export const REPORT_KINDS = [
  "offer-vs-contract",
  "cell-history",
  "register",
  "realisation",
  "state",
  "agreements",
  "budget",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const isReportKind = (text: string): text is ReportKind =>
  (REPORT_KINDS as readonly string[]).includes(text);

/**
 * Which events a report includes. `last`: the agreement as it stands; `revision`: the stream's
 * first revision + 1 events; `recorded`: what the ledger had recorded by a date (comes down to
 * a revision); `effective`: of the stream's events up to the checkpoint's revision, those that
 * had occurred (`occurredAt`) by a date, a backdated one included (the rule of
 * `createStateAsOf` in @grant-ledger/agreements).
 */
export const AS_OF_BASES = ["last", "revision", "recorded", "effective"] as const;
export type AsOfBasis = (typeof AS_OF_BASES)[number];

/** What a report states about its as-of: enough to pick the same events again. */
export interface AsOfStamp {
  /** `"last"`, a revision, or a date (a calendar day means its end in Amsterdam). */
  readonly requested: string;
  readonly basis: AsOfBasis;
  /** The agreement's last revision included (effective: the highest); null for the register of agreements. */
  readonly revision: string | null;
  /** How many events were folded in, and (effective) how many of those up to the checkpoint were left out. */
  readonly eventsIncluded: string;
  readonly eventsLeftOut: string;
}

/**
 * The audit checkpoint a report was produced from: the last event it includes (effective: the
 * last event it judged, so that the chain hash covers the events left out as well), named by
 * its stream, revision, global position and chain hash. Positions are decimal strings (64-bit).
 */
export interface Checkpoint {
  readonly streamId: string;
  readonly revision: string;
  readonly globalPosition: string;
  readonly hash: string;
}

/** One cell of the matrix picture: contract as last approved, as it stands, realised so far. */
export interface MatrixCell {
  readonly key: string;
  readonly resultArea: string;
  readonly workType: string;
  readonly district: string;
  readonly kind: string;
  readonly contract: string | null;
  readonly current: string | null;
  /** Summed over the periods the report covers; null when nothing was reported for the cell. */
  readonly realised: string | null;
}

export interface ReportDocument {
  readonly format: typeof REPORT_FORMAT;
  readonly kind: ReportKind;
  /** The agreement's terms from the register; null for the register of agreements. */
  readonly agreement: JsonObject | null;
  readonly producedAt: string;
  /** What was asked for (`"last"`, a revision, a date), in which sense, and the events it came to. */
  readonly asOf: AsOfStamp;
  readonly checkpoint: Checkpoint;
  /** The report's own parameters: `cell`, `period`. */
  readonly parameters: JsonObject;
  readonly body: JsonValue;
  /** The matrix picture's cells, result area × work type by district; empty for the register of agreements. */
  readonly matrix: readonly MatrixCell[];
}
