import {
  type Agreements,
  type AgreementsError,
  agreementStreamId,
  createAgreements,
  describeAgreementsError,
} from "@grant-ledger/agreements";
import type { DomainError } from "@grant-ledger/core";
import type { EventStore, JsonObject, RecordedEvent, StreamRevision } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { type Discrepancy, RecordedDiscrepancies, contradictions } from "../discrepancy/discrepancy";
import { type Reconciliation, reconcile } from "../reconcile/reconcile";
import type { ReadLimits } from "../source/limits";
import { type UnreadableInput, sha256 } from "../table/readTable";
import { importCommands } from "./commands";
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
  /**
   * The agreement's stream exists: `found` says what is in it (so that a caller can word it in
   * its own language); `message` words it in English.
   */
  | {
      readonly _tag: "AlreadyImported";
      readonly agreementId: string;
      readonly streamId: string;
      readonly found: AlreadyThere;
      readonly message: string;
    }
  | {
      readonly _tag: "Refused";
      readonly command: string;
      readonly error: DomainError | undefined;
      readonly message: string;
    }
  /** The commands the documents produce do not decode, or could not be recorded. */
  | { readonly _tag: "NotRecorded"; readonly error: AgreementsError; readonly message: string };

/** What an earlier import left in the stream: some revision of it, or this very import (with other options, or the same). */
export type AlreadyThere =
  | { readonly _tag: "AtRevision"; readonly revision: StreamRevision }
  | { readonly _tag: "ThisImportOtherOptions" }
  | { readonly _tag: "ThisImport" };

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

const failureOf = (
  error: AgreementsError,
  command: string,
  agreementId: string,
  streamId: string,
): ImportFailure => {
  if (error._tag === "WrongExpectedRevision")
    return alreadyImported(agreementId, streamId, { _tag: "AtRevision", revision: error.actual });
  if (error._tag === "CommandIdReused")
    return alreadyImported(agreementId, streamId, { _tag: "ThisImportOtherOptions" });
  if (error._tag === "DomainError") {
    const message = `${command} refused: ${describeAgreementsError(error)}`;
    return { _tag: "Refused", command, error: error.error, message };
  }
  return { _tag: "NotRecorded", error, message: describeAgreementsError(error) };
};

const howFound = (found: AlreadyThere): string => {
  switch (found._tag) {
    case "AtRevision":
      return `is at revision ${String(found.revision)}`;
    case "ThisImportOtherOptions":
      return "holds an import of this manifest with other options";
    case "ThisImport":
      return "holds this very import";
  }
};

const alreadyImported = (agreementId: string, streamId: string, found: AlreadyThere): ImportFailure => ({
  _tag: "AlreadyImported",
  agreementId,
  streamId,
  found,
  message: `agreement ${agreementId} is already in the store (stream ${streamId} ${howFound(found)}); import never writes an agreement twice`,
});

/**
 * Reconciles the manifest's documents and writes the agreement as events to a new stream:
 * proposal (offer), negotiation round 1 (contract), and with signatures both signings.
 * Discrepancies stop the import unless accepted; an existing stream always does.
 */
export const importAgreement = async (
  manifestPath: string,
  target: Pick<Agreements, "handle"> | Pick<EventStore, "appendToStream" | "readStream">,
  options: ImportOptions = {},
): Promise<E.Either<ImportFailure, ImportResult>> => {
  const clock = options.clock ?? (() => new Date());
  const agreements = "handle" in target ? target : createAgreements({ store: target, clock });
  const reconciled = await reconcile(manifestPath, options.limits);
  if (E.isLeft(reconciled)) return E.left({ _tag: "Unreadable", problems: reconciled.left });
  const r = reconciled.right;

  let signatures: SignaturesFile | undefined;
  if (options.signatures !== undefined) {
    const loaded = await loadSignatures(options.signatures);
    if (E.isLeft(loaded)) return E.left({ _tag: "Unreadable", problems: loaded.left });
    signatures = loaded.right;
  }
  if (contradictions(r.discrepancies).length > 0 && !options.acceptDiscrepancies) {
    return E.left({ _tag: "Discrepancies", reconciliation: r });
  }

  const agreementId = r.manifest.manifest.agreement.id;
  const streamId = agreementStreamId(agreementId);
  const commands = importCommands(r, signatures, {
    occurredAt: clock().toISOString(),
    recordedBy: options.recordedBy ?? "grant-ledger import",
    importId: sha256(r.manifest.bytes),
  });
  const annotations = JSON.parse(JSON.stringify(annotationsFor(r, r.discrepancies))) as JsonObject;
  // One batch, decided in order and appended at once; `no-stream`: an agreement is never imported twice.
  const handled = await agreements.handle(commands, { expectedRevision: "no-stream", annotations });
  if (E.isLeft(handled)) {
    const failed = handled.left;
    const command = "commandIndex" in failed ? commands[failed.commandIndex]?.type : undefined;
    return E.left(failureOf(failed, command ?? "import", agreementId, streamId));
  }
  if (handled.right.idempotentReplay) {
    return E.left(alreadyImported(agreementId, streamId, { _tag: "ThisImport" }));
  }
  const { recorded: events } = handled.right;
  return E.right({
    agreementId,
    streamId,
    events,
    acceptedDiscrepancies: r.discrepancies,
    reconciliation: r,
  });
};
