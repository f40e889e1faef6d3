import { type Command, type DomainError, type DomainEvent, encodeEvent } from "@grant-ledger/core";
import {
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  agreementStreamId,
} from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { type Discrepancy, RecordedDiscrepancies } from "../discrepancy/discrepancy";
import { type Reconciliation, reconcile } from "../reconcile/reconcile";
import type { ReadLimits } from "../source/limits";
import { type UnreadableInput, sha256 } from "../table/readTable";
import { importCommands } from "./commands";
import { type ImportRefusal, decideImport } from "./decideImport";
import { type SignaturesFile, loadSignatures } from "./signatures";

export interface ImportOptions {
  /** Path of a signatures file (`--sign`): both parties sign after the negotiation. */
  readonly signatures?: string | undefined;
  /** Import despite discrepancies, recording them in every event's `metadata.annotations`. */
  readonly acceptDiscrepancies?: boolean | undefined;
  /** Who runs the import (recorded as the person of proposal and negotiation). */
  readonly recordedBy?: string | undefined;
  readonly clock?: (() => Date) | undefined;
  /** Where tables may lie and how large they may be (see `ReadLimits`). */
  readonly limits?: ReadLimits | undefined;
}

export type ImportFailure =
  | { readonly _tag: "Unreadable"; readonly problems: readonly UnreadableInput[] }
  | { readonly _tag: "Discrepancies"; readonly reconciliation: Reconciliation }
  | { readonly _tag: "AlreadyImported"; readonly streamId: string; readonly message: string }
  | {
      readonly _tag: "Refused";
      readonly command: string;
      readonly error: DomainError | undefined;
      readonly message: string;
    };

export interface ImportResult {
  readonly agreementId: string;
  readonly streamId: string;
  readonly events: readonly RecordedEvent[];
  readonly acceptedDiscrepancies: readonly Discrepancy[];
  readonly reconciliation: Reconciliation;
}

/** Audit material on every imported event: where it came from and what was accepted. */
const annotationsFor = (r: Reconciliation, accepted: readonly Discrepancy[]) => ({
  source: {
    manifest: { file: r.manifest.name, sha256: sha256(r.manifest.bytes) },
    files: r.files.map((f) => ({ file: f.file, sha256: f.sha256, encoding: f.encoding })),
  },
  ...(accepted.length > 0 ? { importDiscrepancies: RecordedDiscrepancies.encode([...accepted]) } : {}),
});

/** All of them are accepted, or none is written. */
const decideAll = (commands: readonly Command[]): E.Either<ImportFailure, DomainEvent[]> =>
  E.mapLeft(
    (r: ImportRefusal): ImportFailure => ({
      _tag: "Refused",
      command: r.command,
      error: r.error,
      message: r.message,
    }),
  )(decideImport(commands));

const alreadyImported = (agreementId: string, streamId: string, how: string): ImportFailure => ({
  _tag: "AlreadyImported",
  streamId,
  message: `agreement ${agreementId} is already in the store (stream ${streamId} ${how}); import never writes an agreement twice`,
});

/**
 * Reconciles the manifest's documents and writes the agreement as events to a new stream:
 * proposal (offer), negotiation round 1 (contract), and with signatures both signings.
 * Discrepancies stop the import unless accepted; an existing stream always does.
 */
export const importAgreement = async (
  manifestPath: string,
  store: Pick<EventStore, "appendToStream" | "readStream">,
  options: ImportOptions = {},
): Promise<E.Either<ImportFailure, ImportResult>> => {
  const reconciled = await reconcile(manifestPath, options.limits);
  if (E.isLeft(reconciled)) return E.left({ _tag: "Unreadable", problems: reconciled.left });
  const r = reconciled.right;

  let signatures: SignaturesFile | undefined;
  if (options.signatures !== undefined) {
    const loaded = await loadSignatures(options.signatures);
    if (E.isLeft(loaded)) return E.left({ _tag: "Unreadable", problems: loaded.left });
    signatures = loaded.right;
  }
  if (r.discrepancies.length > 0 && !options.acceptDiscrepancies) {
    return E.left({ _tag: "Discrepancies", reconciliation: r });
  }

  const agreementId = r.manifest.manifest.agreement.id;
  const streamId = agreementStreamId(agreementId);
  for await (const existing of store.readStream(streamId, { maxCount: 1 })) {
    return E.left(alreadyImported(agreementId, streamId, `starts with ${existing.type}`));
  }

  const clock = options.clock ?? (() => new Date());
  const commands = importCommands(r, signatures, {
    occurredAt: clock().toISOString(),
    recordedBy: options.recordedBy ?? "grant-ledger import",
    importId: sha256(r.manifest.bytes),
  });
  const decided = decideAll(commands);
  if (E.isLeft(decided)) return decided;

  const annotations = annotationsFor(r, r.discrepancies);
  const toAppend: EventToAppend[] = decided.right.map((event) => {
    const encoded = encodeEvent(event);
    return {
      ...encoded,
      metadata: { ...encoded.metadata, annotations: JSON.parse(JSON.stringify(annotations)) },
    };
  });
  // `no-stream`: a concurrent import of the same agreement loses here instead of appending twice.
  const appended = await store.appendToStream(streamId, toAppend, "no-stream");
  if (E.isLeft(appended)) {
    return E.left(alreadyImported(agreementId, streamId, `is at revision ${String(appended.left.actual)}`));
  }
  if (appended.right.idempotentReplay) {
    return E.left(alreadyImported(agreementId, streamId, "holds this very import"));
  }
  return E.right({
    agreementId,
    streamId,
    events: appended.right.events,
    acceptedDiscrepancies: r.discrepancies,
    reconciliation: r,
  });
};
