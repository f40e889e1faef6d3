import {
  type AgreementState,
  type DecodeProblem,
  type DomainEvent,
  agreementDecider,
  decodeEvent,
  endOfCalendarDay,
  isIsoDate,
  isIsoDateTime,
} from "@grant-ledger/core";
import type { EventStore, RecordedEvent, SnapshotStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { type SnapshotIgnored, checkedSnapshot } from "../snapshot/checkedSnapshot";
import { agreementStreamId } from "../stream/agreementStreamId";
import { rebasedOn } from "./rebasedEffects";

/**
 * Which agreement to show: as of a revision (the stream's first `revision + 1` events), or as
 * of a moment in one of two senses. *Recorded*: what the ledger knew then, every event its
 * clock stamped (`recordedAt`) at or before the moment. *Effective*: what had happened by
 * then, every event whose `occurredAt` is at or before it, including one recorded later and
 * backdated. A moment is an ISO date-time with its zone, or a calendar day, which means the
 * end of that day in Amsterdam (where the agreements' days are).
 */
export type AsOf =
  /** "last": the stream as it stands. */
  | { readonly revision: bigint | "last" }
  | { readonly recordedAt: string }
  /**
   * `through`: judge only the stream's events up to this revision (default: its end now). A
   * report stamps it, so that what was effective can be recomputed after later events, which
   * may be backdated further still, were appended.
   */
  | { readonly occurredAt: string; readonly through?: bigint };

/**
 * Hears every event as it is folded into the state, in the fold's order, with what the store
 * recorded about it: after `rebasedOn` for effective, so a reader folding its own views over
 * them sees exactly the events, and the effects, the state was made of.
 */
export type OnIncluded = (recorded: RecordedEvent, event: DomainEvent) => void;

export interface AgreementAsOf {
  readonly agreementId: string;
  readonly asOf: AsOf;
  readonly state: AgreementState;
  /** The last revision folded into `state`; for `occurredAt` the last one that had occurred. */
  readonly revision: bigint;
  /** The stream's last revision now. */
  readonly streamRevision: bigint;
  /** Events folded into `state`, and (effective only) events of the stream left out. */
  readonly eventsIncluded: number;
  readonly eventsLeftOut: number;
  /** The durable snapshot the fold started from, if one served. */
  readonly fromSnapshot?: bigint;
}

export type AsOfError =
  | { readonly _tag: "UnknownAgreement"; readonly agreementId: string }
  | { readonly _tag: "RevisionOutOfRange"; readonly revision: bigint; readonly streamRevision: bigint }
  | { readonly _tag: "InvalidMoment"; readonly moment: string }
  /** Nothing was recorded (or had occurred) by the moment: the agreement did not exist yet. */
  | { readonly _tag: "NothingBy"; readonly moment: string; readonly sense: "recorded" | "effective" }
  | {
      readonly _tag: "EventDecodeError";
      readonly streamId: string;
      readonly revision: bigint;
      readonly error: readonly DecodeProblem[];
    };

export const describeAsOfError = (error: AsOfError): string => {
  switch (error._tag) {
    case "UnknownAgreement":
      return `no agreement ${JSON.stringify(error.agreementId)}`;
    case "RevisionOutOfRange":
      return `revision ${error.revision} is outside the agreement's stream, which runs from revision 0 to ${error.streamRevision}`;
    case "InvalidMoment":
      return `${JSON.stringify(error.moment)} is neither a calendar day (2007-05-08) nor an ISO date-time with its zone (2007-05-08T10:30:00Z)`;
    case "NothingBy":
      return `nothing of the agreement was ${error.sense === "recorded" ? "recorded" : "in effect"} by ${error.moment}`;
    case "EventDecodeError":
      return `cannot read ${error.streamId} at revision ${error.revision}: ${error.error.map((p) => p.message).join("; ")}`;
  }
};

/** The instant a moment names (ms), or undefined when it is not a day or a zoned date-time. */
const instantOf = (moment: string): number | undefined => {
  if (isIsoDate(moment)) return endOfCalendarDay(moment);
  return isIsoDateTime(moment) ? Date.parse(moment) : undefined;
};

const stampOf = (event: RecordedEvent, key: "recordedAt" | "occurredAt"): number => {
  const at = event.metadata[key];
  return typeof at === "string" ? Date.parse(at) : Number.NaN;
};

export interface AsOfOptions {
  readonly store: Pick<EventStore, "readStream">;
  readonly snapshots?: SnapshotStore;
  readonly onSnapshotIgnored?: (streamId: string, ignored: SnapshotIgnored) => void;
}

/**
 * The agreement as of a revision or a moment. As of a revision (and as recorded, which comes
 * down to one) the fold starts from the latest durable snapshot at or before it, checked
 * against the chain, and reads the events up to that revision only. As effective, every event
 * is read and those that had not occurred by the moment are left out, the others folded in the
 * ledger's order (backdating moves what an event counts for, not the order decisions were
 * made in), each reallocation counting for the change it made (`rebasedOn`).
 *
 * A state that started from a snapshot knows no decided request ids from before it (the
 * snapshot leaves them out): it is for reading, not for deciding on.
 */
export const createStateAsOf = (options: AsOfOptions) => {
  const { store } = options;

  const lastRevision = async (streamId: string): Promise<bigint | undefined> => {
    for await (const e of store.readStream(streamId, { direction: "backwards", maxCount: 1 }))
      return e.revision;
    return undefined;
  };

  const fold = async (
    streamId: string,
    from: { state: AgreementState; revision: bigint } | undefined,
    to: bigint,
    /** Effective only: which events count; the others are left out and what follows is rebased. */
    keep?: (e: RecordedEvent) => boolean,
    onIncluded?: OnIncluded,
  ): Promise<
    E.Either<AsOfError, { state: AgreementState; revision: bigint; included: number; leftOut: number }>
  > => {
    let state = from?.state ?? agreementDecider.initialState;
    let revision = from?.revision ?? -1n;
    let included = 0;
    let leftOut = 0;
    const start = from === undefined ? 0n : from.revision + 1n;
    for await (const recorded of store.readStream(streamId, { from: start, to })) {
      if (keep !== undefined && !keep(recorded)) {
        leftOut++;
        continue;
      }
      const decoded = decodeEvent(recorded);
      if (E.isLeft(decoded))
        return E.left({
          _tag: "EventDecodeError",
          streamId,
          revision: recorded.revision,
          error: decoded.left,
        });
      const event = keep === undefined ? decoded.right : rebasedOn(state, decoded.right);
      state = agreementDecider.evolve(state, event);
      onIncluded?.(recorded, event);
      revision = recorded.revision;
      included++;
    }
    return E.right({ state, revision, included, leftOut });
  };

  const atRevision = async (
    agreementId: string,
    streamId: string,
    revision: bigint,
    streamRevision: bigint,
    asOf: AsOf,
    onIncluded: OnIncluded | undefined,
  ): Promise<E.Either<AsOfError, AgreementAsOf>> => {
    if (revision < 0n || revision > streamRevision)
      return E.left({ _tag: "RevisionOutOfRange", revision, streamRevision });
    // A listener must hear every event from the first, so no snapshot serves it.
    const snapshot =
      options.snapshots === undefined || onIncluded !== undefined
        ? undefined
        : await checkedSnapshot(store, options.snapshots, streamId, {
            atOrBefore: revision,
            onIgnored: (why) => options.onSnapshotIgnored?.(streamId, why),
          });
    const folded = await fold(streamId, snapshot, revision, undefined, onIncluded);
    return E.map((f: { state: AgreementState; revision: bigint }) => ({
      agreementId,
      asOf,
      state: f.state,
      revision,
      streamRevision,
      eventsIncluded: Number(revision + 1n),
      eventsLeftOut: 0,
      ...(snapshot === undefined ? {} : { fromSnapshot: snapshot.revision }),
    }))(folded);
  };

  /** The highest revision recorded at or before `instant`, reading back from the end. */
  const lastRecordedBy = async (streamId: string, instant: number): Promise<bigint | undefined> => {
    for await (const e of store.readStream(streamId, { direction: "backwards" }))
      if (stampOf(e, "recordedAt") <= instant) return e.revision;
    return undefined;
  };

  return async (
    agreementId: string,
    asOf: AsOf,
    onIncluded?: OnIncluded,
  ): Promise<E.Either<AsOfError, AgreementAsOf>> => {
    const streamId = agreementStreamId(agreementId);
    const streamRevision = await lastRevision(streamId);
    if (streamRevision === undefined) return E.left({ _tag: "UnknownAgreement", agreementId });
    if ("revision" in asOf) {
      const revision = asOf.revision === "last" ? streamRevision : asOf.revision;
      return atRevision(agreementId, streamId, revision, streamRevision, asOf, onIncluded);
    }
    const moment = "recordedAt" in asOf ? asOf.recordedAt : asOf.occurredAt;
    const instant = instantOf(moment);
    if (instant === undefined) return E.left({ _tag: "InvalidMoment", moment });
    if ("recordedAt" in asOf) {
      const revision = await lastRecordedBy(streamId, instant);
      if (revision === undefined) return E.left({ _tag: "NothingBy", moment, sense: "recorded" });
      return atRevision(agreementId, streamId, revision, streamRevision, asOf, onIncluded);
    }
    const through = asOf.through ?? streamRevision;
    if (through < 0n || through > streamRevision)
      return E.left({ _tag: "RevisionOutOfRange", revision: through, streamRevision });
    const folded = await fold(
      streamId,
      undefined,
      through,
      (e) => stampOf(e, "occurredAt") <= instant,
      onIncluded,
    );
    if (E.isLeft(folded)) return folded;
    const { state, revision, included, leftOut } = folded.right;
    if (included === 0) return E.left({ _tag: "NothingBy", moment, sense: "effective" });
    return E.right({
      agreementId,
      asOf,
      state,
      revision,
      streamRevision,
      eventsIncluded: included,
      eventsLeftOut: leftOut,
    });
  };
};
