import type { AsOf } from "@grant-ledger/agreements";
import { type JsonObject, type Position, PositionCodec, positionKey } from "@grant-ledger/core";
import { type EventStore, GENESIS_HASH } from "@grant-ledger/event-store";
import { agreementEntry, agreementRegister, listAgreements } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { KindParameters, ReportError } from "../kinds/kind";
import { KINDS } from "../kinds/kinds";
import { type ViewsAsOf, viewsAsOf } from "../source/asOfSources";
import { agreementCheckpoint, checkpointOfEvent, eventAt } from "../source/checkpoint";
import { type Sources, currentSources } from "../source/sources";
import {
  type AsOfStamp,
  type Checkpoint,
  REPORT_FORMAT,
  type ReportDocument,
  type ReportKind,
} from "./document";
import { matrixCells } from "./matrix";

export interface ReportRequest {
  readonly kind: ReportKind;
  /** Every kind but `agreements` is about one agreement. */
  readonly agreementId?: string;
  /**
   * A revision of the agreement's stream, or a moment (a day means its end in Amsterdam): as
   * recorded (what the ledger knew then, the default) or as effective (what had occurred by
   * then, backdated events included).
   */
  readonly asOf?:
    | { readonly revision: bigint }
    | { readonly date: string; readonly basis?: "recorded" | "effective" };
  /** `realisation`: one period; all periods reported so far when absent. */
  readonly period?: string;
  /** `cell-history`: the cell (or row). */
  readonly cell?: Position;
  /** `cell-history`, `register`: only the last n entries. */
  readonly limit?: number;
  readonly now?: () => Date;
}

/** A document and the views it was made from (for the HTML page's drill-down). */
export interface Made {
  readonly document: ReportDocument;
  readonly sources: Sources;
}

const termsOf = (entry: JsonObject): JsonObject => ({
  agreementId: entry.agreementId ?? null,
  municipality: entry.municipality ?? null,
  provider: entry.provider ?? null,
  period: entry.period ?? null,
  frameworkAgreement: entry.frameworkAgreement ?? null,
  status: entry.status ?? null,
});

// Only the parameters a kind reads are stamped: they are what a fresh computation is given.
const pages = (kind: ReportKind) => kind === "cell-history" || kind === "register";

const parametersOf = (r: Pick<ReportRequest, "kind" | "cell" | "period" | "limit">): JsonObject => ({
  ...(r.cell === undefined || r.kind !== "cell-history"
    ? {}
    : { cell: { key: positionKey(r.cell), ...(PositionCodec.encode(r.cell) as unknown as JsonObject) } }),
  ...(r.period === undefined || r.kind !== "realisation" ? {} : { period: r.period }),
  ...(r.limit === undefined || !pages(r.kind) ? {} : { limit: r.limit }),
});

const requestedAsOf = (asOf: ReportRequest["asOf"]): string =>
  asOf === undefined ? "last" : "revision" in asOf ? asOf.revision.toString() : asOf.date;

/** The body, terms and matrix of an agreement's report from the given views. */
export const agreementContent = (
  sources: Sources,
  kind: ReportKind,
  p: KindParameters,
): E.Either<ReportError, Pick<ReportDocument, "agreement" | "body" | "matrix">> => {
  const entry = agreementEntry(sources(agreementRegister), p.agreementId);
  if (entry === undefined) return E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId });
  return E.map((body: ReportDocument["body"]) => ({
    agreement: termsOf(entry),
    body,
    matrix: matrixCells(sources, p.agreementId, kind === "realisation" ? p.period : undefined),
  }))(KINDS[kind].body(sources, p));
};

/** The register of agreements from the given views. */
export const registerContent = (sources: Sources): Pick<ReportDocument, "agreement" | "body" | "matrix"> => ({
  agreement: null,
  body: (KINDS.agreements.body(sources, { agreementId: "" }) as E.Right<ReportDocument["body"]>).right,
  matrix: [],
});

/** Every agreement event the register includes: each agreement's stream up to its last revision. */
const eventsOfRegister = (sources: Sources): number =>
  listAgreements(sources(agreementRegister)).reduce((n, row) => n + (row.lastRevision as number) + 1, 0);

/** The last agreement event the register includes: the greatest global position of their last revisions. */
const registerCheckpoint = async (store: EventStore, sources: Sources): Promise<Checkpoint> => {
  let last: Checkpoint = { streamId: "", revision: "-1", globalPosition: "-1", hash: GENESIS_HASH };
  for (const row of listAgreements(sources(agreementRegister))) {
    const e = await eventAt(
      store,
      `agreement-${String(row.agreementId)}`,
      BigInt(row.lastRevision as number),
    );
    if (e !== undefined && e.globalPosition > BigInt(last.globalPosition)) last = checkpointOfEvent(e);
  }
  return last;
};

/** The agreements package's as-of of a request. */
export const asOfOf = (asOf: NonNullable<ReportRequest["asOf"]>): Exclude<AsOf, { revision: "last" }> =>
  "revision" in asOf
    ? { revision: asOf.revision }
    : asOf.basis === "effective"
      ? { occurredAt: asOf.date }
      : { recordedAt: asOf.date };

/** The views a report of an agreement reads, and its as-of stamp and the revision its checkpoint names. */
const agreementViews = async (
  store: EventStore,
  agreementId: string,
  asOf: ReportRequest["asOf"],
): Promise<E.Either<ReportError, { sources: Sources; stamp: AsOfStamp; checkpointRevision: bigint }>> => {
  if (asOf === undefined) {
    const sources = await currentSources(store);
    const entry = agreementEntry(sources(agreementRegister), agreementId);
    if (entry === undefined) return E.left({ _tag: "UnknownAgreement", agreementId });
    const revision = BigInt(entry.lastRevision as number);
    return E.right({
      sources,
      checkpointRevision: revision,
      stamp: {
        requested: "last",
        basis: "last",
        revision: revision.toString(),
        eventsIncluded: (revision + 1n).toString(),
        eventsLeftOut: "0",
      },
    });
  }
  const views = await viewsAsOf(store, agreementId, asOfOf(asOf));
  return E.map((v: ViewsAsOf) => ({
    sources: v.sources,
    checkpointRevision: v.checkpointRevision,
    stamp: {
      requested: requestedAsOf(asOf),
      basis: v.basis,
      revision: v.revision.toString(),
      eventsIncluded: String(v.eventsIncluded),
      eventsLeftOut: String(v.eventsLeftOut),
    },
  }))(views);
};

/**
 * Makes a report's document: from the persistent views as they stand, or (with `asOf`) from
 * the same folds over the agreement's stream up to that revision, stamped with the checkpoint
 * of the last event included.
 */
export const makeReport = async (
  store: EventStore,
  request: ReportRequest,
): Promise<E.Either<ReportError, Made>> => {
  const producedAt = (request.now?.() ?? new Date()).toISOString();
  const head: Pick<ReportDocument, "format" | "kind" | "producedAt" | "parameters"> = {
    format: REPORT_FORMAT,
    kind: request.kind,
    producedAt,
    parameters: parametersOf(request),
  };
  if (request.kind === "agreements") {
    if (request.asOf !== undefined) return E.left({ _tag: "AsOfNotApplicable", kind: request.kind });
    const sources = await currentSources(store);
    const checkpoint = await registerCheckpoint(store, sources);
    return E.right({
      sources,
      document: {
        ...head,
        asOf: {
          requested: "last",
          basis: "last",
          revision: null,
          eventsIncluded: String(eventsOfRegister(sources)),
          eventsLeftOut: "0",
        },
        checkpoint,
        ...registerContent(sources),
      },
    });
  }
  const agreementId = request.agreementId;
  if (agreementId === undefined)
    return E.left({ _tag: "MissingParameter", kind: request.kind, parameter: "agreement" });
  const views = await agreementViews(store, agreementId, request.asOf);
  if (E.isLeft(views)) return views;
  const { sources, stamp, checkpointRevision } = views.right;
  const content = agreementContent(sources, request.kind, {
    agreementId,
    ...(request.period === undefined || request.kind !== "realisation" ? {} : { period: request.period }),
    ...(request.cell === undefined || request.kind !== "cell-history" ? {} : { cell: request.cell }),
    ...(request.limit === undefined || !pages(request.kind) ? {} : { limit: request.limit }),
  });
  if (E.isLeft(content)) return content;
  const checkpoint = await agreementCheckpoint(store, agreementId, checkpointRevision);
  return E.right({
    sources,
    document: {
      ...head,
      asOf: stamp,
      checkpoint,
      ...content.right,
    },
  });
};
