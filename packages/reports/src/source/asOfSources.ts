import { type AsOf, type AsOfError, createStateAsOf, describeAsOfError } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import { agreementOfStream } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { AsOfBasis } from "../document/document";
import type { ReportError } from "../kinds/kind";
import { type Sources, viewFolds } from "./sources";

/** The views of one agreement as of a revision or date, and which events they were folded from. */
export interface ViewsAsOf {
  readonly sources: Sources;
  readonly basis: Exclude<AsOfBasis, "last">;
  /** The last revision included (effective: the highest). */
  readonly revision: bigint;
  /** The revision the stamp's checkpoint names: the last event included, or (effective) judged. */
  readonly checkpointRevision: bigint;
  readonly eventsIncluded: number;
  readonly eventsLeftOut: number;
}

const basisOf = (asOf: AsOf): ViewsAsOf["basis"] =>
  "revision" in asOf ? "revision" : "recordedAt" in asOf ? "recorded" : "effective";

const reportErrorOf = (error: AsOfError, agreementId: string): ReportError => {
  // A stored event that does not decode is a damaged store, not a mistake in the request.
  if (error._tag === "EventDecodeError") throw new Error(describeAsOfError(error));
  if (error._tag === "UnknownAgreement") return { _tag: "UnknownAgreement", agreementId };
  return { _tag: "AsOfRejected", message: describeAsOfError(error) };
};

/**
 * The views as of a revision or a date, recorded or effective: the same pure folds the
 * persistent views run, fed exactly the events `createStateAsOf` folds into the agreement's
 * state (effective: backdated ones included, each reallocation rebased), so the one rule of
 * which events count lives in the agreements package. A view step reads only its agreement's
 * rows, so folding one stream gives that agreement the rows the store-wide upkeep wrote.
 */
export const viewsAsOf = async (
  store: EventStore,
  agreementId: string,
  asOf: Exclude<AsOf, { revision: "last" }>,
): Promise<E.Either<ReportError, ViewsAsOf>> => {
  const folds = viewFolds();
  const found = await createStateAsOf({ store })(agreementId, asOf, (recorded, event) => {
    folds.add({
      agreementId: agreementOfStream(recorded.streamId) ?? agreementId,
      revision: Number(recorded.revision),
      globalPosition: Number(recorded.globalPosition),
      event,
    });
  });
  if (E.isLeft(found)) return E.left(reportErrorOf(found.left, agreementId));
  const a = found.right;
  const basis = basisOf(asOf);
  return E.right({
    sources: folds.sources(),
    basis,
    revision: a.revision,
    checkpointRevision:
      basis === "effective"
        ? "through" in asOf && asOf.through !== undefined
          ? asOf.through
          : a.streamRevision
        : a.revision,
    eventsIncluded: a.eventsIncluded,
    eventsLeftOut: a.eventsLeftOut,
  });
};
