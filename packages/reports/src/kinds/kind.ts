import type { JsonValue, Position } from "@grant-ledger/core";
import type * as E from "fp-ts/Either";
import type { ReportKind } from "../document/document";
import type { Labels } from "../labels/labels";
import type { Sources } from "../source/sources";
import type { Table } from "../table/table";

/** A report that cannot be made, as data: the CLI words it and picks the exit code. */
export type ReportError =
  | { readonly _tag: "UnknownAgreement"; readonly agreementId: string }
  /** The `budget` report of an agreement that has no budget recorded. */
  | { readonly _tag: "NoBudget"; readonly agreementId: string }
  | { readonly _tag: "UnknownCell"; readonly agreementId: string; readonly cell: string }
  | {
      readonly _tag: "UnknownPeriod";
      readonly agreementId: string;
      readonly period: string;
      readonly periods: readonly string[];
    }
  | { readonly _tag: "MissingParameter"; readonly kind: ReportKind; readonly parameter: "cell" | "agreement" }
  | { readonly _tag: "AsOfNotApplicable"; readonly kind: ReportKind }
  /** A revision outside the stream, a date before the agreement or not a date (worded by the agreements package). */
  | { readonly _tag: "AsOfRejected"; readonly message: string };

export interface KindParameters {
  readonly agreementId: string;
  readonly period?: string;
  readonly cell?: Position;
  /** `cell-history`, `register`: only the last n entries (a page of the view). */
  readonly limit?: number;
}

/** One report kind: its body from the views, and the tables CSV and HTML show of it. */
export interface KindDefinition {
  readonly body: (sources: Sources, p: KindParameters) => E.Either<ReportError, JsonValue>;
  readonly tables: (body: JsonValue, labels: Labels) => readonly Table[];
}

/** A yes/no in the report's language. */
export const yesNo = (b: unknown, labels: Labels): string => (b === true ? labels.yes : labels.no);

/** A unit kind's name in the report's language. */
/** Own keys only: a unit kind named `constructor` is not `Object`'s. */
export const unitName = (kind: unknown, labels: Labels): string =>
  Object.hasOwn(labels.kinds, String(kind)) ? (labels.kinds[String(kind)] as string) : String(kind);

export const str = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === "string" ? v : String(v);
