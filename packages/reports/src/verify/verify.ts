import { PositionCodec } from "@grant-ledger/core";
import { type EventStore, GENESIS_HASH, verifyStore } from "@grant-ledger/event-store";
import { agreementOfStream } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { type AsOfStamp, type Checkpoint, type ReportDocument, isReportKind } from "../document/document";
import { agreementContent, registerContent } from "../document/produce";
import { isLang } from "../labels/labels";
import { renderMade } from "../render/render";
import { checkSignature, signedPart } from "../sign/sign";
import { viewsAsOf } from "../source/asOfSources";
import { type Sources, noEvents, sourcesAtPosition } from "../source/sources";
import { firstDifference } from "./firstDifference";
import { type ReportProblem, describeReportProblem, reportProblem } from "./problem";
import { readReport } from "./readReport";

export type Verification =
  | {
      readonly ok: true;
      readonly checkpoint: Checkpoint;
      /** Whether the numbers were recomputed: always, unless a CSV report's stamp names no kind grant-ledger writes. */
      readonly numbersChecked: boolean;
      readonly signatureChecked: boolean;
    }
  /** The first problem found: in English words, and as data to word in another language. */
  | { readonly ok: false; readonly problem: string; readonly finding: ReportProblem };

const fail = (finding: ReportProblem): Verification => ({
  ok: false,
  problem: describeReportProblem(finding),
  finding,
});

const eventAtPosition = async (store: EventStore, position: bigint) => {
  for await (const e of store.readAll({ fromPosition: position, maxCount: 1 })) return e;
  return undefined;
};

/**
 * The stamp of a register of agreements made while the store held none: no event included,
 * `-1` and the genesis hash. There is nothing in the chain to find; its numbers (an empty
 * register) are still recomputed, from no events.
 */
const includesNoEvent = (c: Checkpoint): boolean =>
  c.streamId === "" && c.revision === "-1" && c.globalPosition === "-1" && c.hash === GENESIS_HASH;

/** The stamped event is in the store, where the stamp says, and its stream's chain is intact. */
const checkpointProblem = async (store: EventStore, c: Checkpoint): Promise<ReportProblem | undefined> => {
  if (includesNoEvent(c)) return undefined;
  if (!/^\d+$/.test(c.globalPosition) || !/^\d+$/.test(c.revision))
    return reportProblem("not-whole-numbers", { position: c.globalPosition, revision: c.revision });
  const found = await eventAtPosition(store, BigInt(c.globalPosition));
  if (found === undefined || found.globalPosition !== BigInt(c.globalPosition))
    return reportProblem("position-not-in-chain", { position: c.globalPosition });
  if (found.streamId !== c.streamId || found.revision !== BigInt(c.revision))
    return reportProblem("position-holds-other", {
      position: c.globalPosition,
      foundStream: found.streamId,
      foundRevision: String(found.revision),
      stream: c.streamId,
      revision: c.revision,
    });
  if (found.hash !== c.hash)
    return reportProblem("hash-differs", { position: c.globalPosition, found: found.hash, stated: c.hash });
  const chain = await verifyStore(store, { streamId: c.streamId });
  return E.isLeft(chain)
    ? reportProblem("chain-broken", { stream: c.streamId, detail: chain.left.message })
    : undefined;
};

/** The report's agreement, terms, body and matrix computed afresh at its checkpoint. */
const freshContent = async (
  store: EventStore,
  d: Record<string, unknown>,
  c: Checkpoint,
): Promise<
  E.Either<
    ReportProblem,
    { content: Pick<ReportDocument, "agreement" | "body" | "matrix">; sources: Sources }
  >
> => {
  const kind = String(d.kind);
  if (!isReportKind(kind)) return E.left(reportProblem("unknown-kind", { kind: JSON.stringify(kind) }));
  if (kind !== "agreements" && includesNoEvent(c)) return E.left(reportProblem("no-event-stamp"));
  if (kind === "agreements") {
    const sources = includesNoEvent(c)
      ? await noEvents()
      : await sourcesAtPosition(store, BigInt(c.globalPosition));
    return E.right({ content: registerContent(sources), sources });
  }
  const agreementId = agreementOfStream(c.streamId);
  if (agreementId === undefined) return E.left(reportProblem("stream-not-agreement", { stream: c.streamId }));
  const params = (d.parameters ?? {}) as { period?: unknown; cell?: unknown; limit?: unknown };
  const cell = params.cell === undefined ? undefined : PositionCodec.decode(params.cell);
  if (cell !== undefined && E.isLeft(cell)) return E.left(reportProblem("cell-not-position"));
  const asOf = (d.asOf ?? {}) as Partial<AsOfStamp>;
  const requested = typeof asOf.requested === "string" ? asOf.requested : undefined;
  // What was asked, asked again: a date as recorded must come to the stamped revision; as
  // effective, the same rule over the events up to the checkpoint, whatever was appended since.
  const views = await viewsAsOf(
    store,
    agreementId,
    asOf.basis === "effective" && requested !== undefined
      ? { occurredAt: requested, through: BigInt(c.revision) }
      : asOf.basis === "recorded" && requested !== undefined
        ? { recordedAt: requested }
        : asOf.basis === "revision" && requested !== undefined && /^\d+$/.test(requested)
          ? { revision: BigInt(requested) }
          : { revision: BigInt(c.revision) },
  );
  if (E.isLeft(views)) return E.left(reportProblem("fresh-computation-fails", { error: views.left._tag }));
  const v = views.right;
  if (v.checkpointRevision !== BigInt(c.revision))
    return E.left(
      reportProblem("as-of-differs", {
        field: "requested",
        stated: `${requested ?? ""} (checkpoint revision ${c.revision})`,
        found: `revision ${v.checkpointRevision}`,
      }),
    );
  const stated = ["revision", "eventsIncluded", "eventsLeftOut"] as const;
  const fresh = {
    revision: v.revision.toString(),
    eventsIncluded: String(v.eventsIncluded),
    eventsLeftOut: String(v.eventsLeftOut),
  };
  // A stamp from before it stated its events names only its revision: what it states is checked.
  const wrong = stated.find((f) => asOf[f] !== undefined && asOf[f] !== fresh[f]);
  if (wrong !== undefined)
    return E.left(
      reportProblem("as-of-differs", { field: wrong, stated: String(asOf[wrong]), found: fresh[wrong] }),
    );
  const sources = v.sources;
  const content = agreementContent(sources, kind, {
    agreementId,
    ...(typeof params.period === "string" ? { period: params.period } : {}),
    ...(cell === undefined ? {} : { cell: cell.right }),
    ...(Number.isSafeInteger(params.limit) ? { limit: params.limit as number } : {}),
  });
  return E.isLeft(content)
    ? E.left(reportProblem("fresh-computation-fails", { error: content.left._tag }))
    : E.right({ content: content.right, sources });
};

/**
 * The page as shown must be the page its document renders to (with the views at the
 * checkpoint for the drill-down): an edited table cell is found even when the embedded
 * document was left alone. The first line that differs, or nothing.
 */
const pageDifference = (
  text: string,
  document: ReportDocument,
  sources: Sources,
): ReportProblem | undefined => {
  const lang = /<html lang="([a-z]+)">/.exec(text)?.[1];
  if (!isLang(lang)) return reportProblem("no-language");
  const fresh = renderMade({ document, sources }, { format: "html", lang });
  if (E.isLeft(fresh)) return reportProblem("fresh-computation-fails", { error: fresh.left });
  return lineDifference(signedPart(text, "html").signed, fresh.right, "html");
};

/** The first line where a report differs from what a fresh computation writes, or nothing. */
const lineDifference = (text: string, fresh: string, what: "csv" | "html"): ReportProblem | undefined => {
  const shown = text.split("\n");
  const expected = fresh.split("\n");
  const at = shown.findIndex((line, i) => line !== expected[i]);
  if (at < 0 && shown.length === expected.length) return undefined;
  const line = at < 0 ? Math.min(shown.length, expected.length) : at;
  const quote = (l: string | undefined) => JSON.stringify((l ?? "").replace(/\r$/, "").slice(0, 200));
  return reportProblem("line-differs", {
    line: String(line + 1),
    what,
    shown: quote(shown[line]),
    expected: quote(expected[line]),
  });
};

/**
 * Checks a report against a store: its checkpoint is an event of the store's chain (position,
 * stream, revision, hash; the stream's chain intact), and the numbers of a JSON or HTML report
 * equal a fresh computation at that checkpoint. With a public key, its signature too.
 */
export const verifyReport = async (
  store: EventStore,
  text: string,
  options: { readonly publicKeyPem?: string } = {},
): Promise<Verification> => {
  const read = readReport(text);
  if ("code" in read) return fail(read);
  if (options.publicKeyPem !== undefined) {
    const problem = checkSignature(text, read.format, options.publicKeyPem);
    if (problem !== undefined) return fail(problem);
  }
  const problem = await checkpointProblem(store, read.checkpoint);
  if (problem !== undefined) return fail(problem);
  if (read.csv !== undefined) {
    const fresh = await freshContent(store, read.csv.head, read.checkpoint);
    if (E.isLeft(fresh)) return fail(fresh.left);
    const document = { ...read.csv.head, ...fresh.right.content } as unknown as ReportDocument;
    const page = renderMade(
      { document, sources: fresh.right.sources },
      { format: "csv", lang: read.csv.lang, csvDialect: read.csv.dialect },
    );
    if (E.isLeft(page)) return fail(reportProblem("fresh-computation-fails", { error: page.left }));
    const difference = lineDifference(signedPart(text, "csv").signed, page.right, "csv");
    if (difference !== undefined) return fail(difference);
  }
  if (read.document !== undefined) {
    const fresh = await freshContent(store, read.document, read.checkpoint);
    if (E.isLeft(fresh)) return fail(fresh.left);
    const { agreement, body, matrix } = read.document;
    const difference = firstDifference({ agreement, body, matrix }, fresh.right.content);
    if (difference !== undefined) return fail(difference);
    if (read.format === "html") {
      const page = pageDifference(text, read.document as unknown as ReportDocument, fresh.right.sources);
      if (page !== undefined) return fail(page);
    }
  }
  return {
    ok: true,
    checkpoint: read.checkpoint,
    numbersChecked: read.document !== undefined || read.csv !== undefined,
    signatureChecked: options.publicKeyPem !== undefined,
  };
};
