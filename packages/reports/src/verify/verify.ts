import { PositionCodec } from "@grant-ledger/core";
import { type EventStore, GENESIS_HASH, verifyStore } from "@grant-ledger/event-store";
import { agreementOfStream } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { type Checkpoint, type ReportDocument, isReportKind } from "../document/document";
import { agreementContent, registerContent } from "../document/produce";
import { isLang } from "../labels/labels";
import { renderMade } from "../render/render";
import { checkSignature, signedPart } from "../sign/sign";
import { type Sources, noEvents, sourcesAtPosition, sourcesAtRevision } from "../source/sources";
import { firstDifference } from "./firstDifference";
import { readReport } from "./readReport";

export type Verification =
  | {
      readonly ok: true;
      readonly checkpoint: Checkpoint;
      /** Whether the numbers were recomputed: always, unless a CSV report's stamp names no kind grant-ledger writes. */
      readonly numbersChecked: boolean;
      readonly signatureChecked: boolean;
    }
  /** The first problem found, in words. */
  | { readonly ok: false; readonly problem: string };

const fail = (problem: string): Verification => ({ ok: false, problem });

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
const checkpointProblem = async (store: EventStore, c: Checkpoint): Promise<string | undefined> => {
  if (includesNoEvent(c)) return undefined;
  if (!/^\d+$/.test(c.globalPosition) || !/^\d+$/.test(c.revision))
    return `the stamp's position ${c.globalPosition} and revision ${c.revision} are not whole numbers`;
  const found = await eventAtPosition(store, BigInt(c.globalPosition));
  if (found === undefined || found.globalPosition !== BigInt(c.globalPosition))
    return `global position ${c.globalPosition} is not in the store's chain`;
  if (found.streamId !== c.streamId || found.revision !== BigInt(c.revision))
    return `global position ${c.globalPosition} holds ${found.streamId} revision ${found.revision}, not ${c.streamId} revision ${c.revision}`;
  if (found.hash !== c.hash)
    return `the event at global position ${c.globalPosition} has chain hash ${found.hash}, the report states ${c.hash}`;
  const chain = await verifyStore(store, { streamId: c.streamId });
  return E.isLeft(chain) ? `the chain of ${c.streamId} is broken: ${chain.left.message}` : undefined;
};

/** The report's agreement, terms, body and matrix computed afresh at its checkpoint. */
const freshContent = async (
  store: EventStore,
  d: Record<string, unknown>,
  c: Checkpoint,
): Promise<
  E.Either<string, { content: Pick<ReportDocument, "agreement" | "body" | "matrix">; sources: Sources }>
> => {
  const kind = String(d.kind);
  if (!isReportKind(kind))
    return E.left(`the report's kind ${JSON.stringify(kind)} is not one grant-ledger makes`);
  if (kind !== "agreements" && includesNoEvent(c))
    return E.left("the stamp includes no event, which only a register of agreements of an empty store can");
  if (kind === "agreements") {
    const sources = includesNoEvent(c)
      ? await noEvents()
      : await sourcesAtPosition(store, BigInt(c.globalPosition));
    return E.right({ content: registerContent(sources), sources });
  }
  const agreementId = agreementOfStream(c.streamId);
  if (agreementId === undefined) return E.left(`the stamp's stream ${c.streamId} is not an agreement`);
  const params = (d.parameters ?? {}) as { period?: unknown; cell?: unknown; limit?: unknown };
  const cell = params.cell === undefined ? undefined : PositionCodec.decode(params.cell);
  if (cell !== undefined && E.isLeft(cell)) return E.left("the report's parameters.cell is not a position");
  const sources = await sourcesAtRevision(store, agreementId, BigInt(c.revision));
  const content = agreementContent(sources, kind, {
    agreementId,
    ...(typeof params.period === "string" ? { period: params.period } : {}),
    ...(cell === undefined ? {} : { cell: cell.right }),
    ...(Number.isSafeInteger(params.limit) ? { limit: params.limit as number } : {}),
  });
  return E.isLeft(content)
    ? E.left(`a fresh computation fails: ${content.left._tag}`)
    : E.right({ content: content.right, sources });
};

/**
 * The page as shown must be the page its document renders to (with the views at the
 * checkpoint for the drill-down): an edited table cell is found even when the embedded
 * document was left alone. The first line that differs, or nothing.
 */
const pageDifference = (text: string, document: ReportDocument, sources: Sources): string | undefined => {
  const lang = /<html lang="([a-z]+)">/.exec(text)?.[1];
  if (!isLang(lang)) return "the HTML report names no language grant-ledger writes";
  const fresh = renderMade({ document, sources }, { format: "html", lang });
  if (E.isLeft(fresh)) return fresh.left;
  return lineDifference(signedPart(text, "html").signed, fresh.right, "HTML page");
};

/** The first line where a report differs from what a fresh computation writes, or nothing. */
const lineDifference = (text: string, fresh: string, what: string): string | undefined => {
  const shown = text.split("\n");
  const expected = fresh.split("\n");
  const at = shown.findIndex((line, i) => line !== expected[i]);
  if (at < 0 && shown.length === expected.length) return undefined;
  const line = at < 0 ? Math.min(shown.length, expected.length) : at;
  const quote = (l: string | undefined) => JSON.stringify((l ?? "").replace(/\r$/, "").slice(0, 200));
  return `line ${line + 1} of the ${what} differs from what a fresh computation writes: ${quote(shown[line])} instead of ${quote(expected[line])}`;
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
  if (typeof read === "string") return fail(read);
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
    if (E.isLeft(page)) return fail(page.left);
    const difference = lineDifference(signedPart(text, "csv").signed, page.right, "CSV report");
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
