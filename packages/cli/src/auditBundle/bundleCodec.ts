import { decodeProblems } from "@grant-ledger/core";
import { BigIntFromString, type RecordedEvent } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import * as t from "io-ts";

export const AUDIT_BUNDLE_FORMAT = "grant-ledger-audit-bundle/1";

const Json = t.UnknownRecord;

/** A recorded event as stored, with its inclusion proof (base64 hashes) in the bundle's tree head. */
const BundleEvent = t.type(
  {
    streamId: t.string,
    revision: BigIntFromString,
    globalPosition: BigIntFromString,
    type: t.string,
    schemaVersion: t.number,
    data: Json,
    metadata: t.intersection([Json, t.type({ commandId: t.string })]),
    previousHash: t.string,
    hash: t.string,
    inclusionProof: t.array(t.string),
  },
  "BundleEvent",
);
export type BundleEvent = t.TypeOf<typeof BundleEvent>;

/**
 * One file an auditor checks with no store: the agreement's events each with an inclusion
 * proof in `treeHead` (a signed note, docs/tree-heads.md), and optionally a consistency proof
 * from the tree head the auditor kept (`since`) to it.
 */
export const AuditBundle = t.intersection(
  [
    t.type({
      format: t.literal(AUDIT_BUNDLE_FORMAT),
      agreementId: t.string,
      streamId: t.string,
      treeHead: t.string,
      keyId: t.string,
      events: t.array(BundleEvent),
    }),
    t.partial({
      since: t.type({ treeSize: BigIntFromString, consistencyProof: t.array(t.string) }),
    }),
  ],
  "AuditBundle",
);
export type AuditBundle = t.TypeOf<typeof AuditBundle>;

export const eventOf = ({ inclusionProof: _proof, ...event }: BundleEvent): RecordedEvent =>
  event as unknown as RecordedEvent;

export const formatBundle = (bundle: AuditBundle): string =>
  `${JSON.stringify(AuditBundle.encode(bundle), null, 1)}\n`;

/** The bundle, or the problems that make the text not one (path and value named). */
export const parseBundle = (text: string): E.Either<string[], AuditBundle> => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return E.left([`not JSON: ${(error as Error).message}`]);
  }
  return pipe(
    AuditBundle.decode(json),
    E.mapLeft((errors) => decodeProblems(errors).map((p) => p.message)),
  );
};
