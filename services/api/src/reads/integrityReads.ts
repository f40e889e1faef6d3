import { agreementStreamId } from "@grant-ledger/agreements";
import {
  type MerkleLog,
  type SignedTreeHead,
  createTreeCheckpoint,
  describeCheckpointError,
  merkleLogOf,
  verifyStore,
} from "@grant-ledger/event-store";
import { toBase64 } from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, agreementIdParameter } from "../app/route";
import { problem } from "../problems/problem";
import { visibleAgreement } from "./agreementReads";

export const Verification = t.intersection(
  [
    t.type({ agreementId: t.string, intact: t.boolean }),
    t.partial({ eventsChecked: t.number, problem: t.string, message: t.string }),
  ],
  "Verification",
);

export const Checkpoint = t.type(
  {
    origin: t.string,
    treeSize: t.string,
    rootHash: t.string,
    timestamp: t.string,
    keyId: t.string,
    note: t.string,
  },
  "Checkpoint",
);

/** The store's last global position, from its Merkle log (cheap: no scan). */
const lastPosition = async (log: MerkleLog): Promise<bigint | undefined> => {
  const head = await log.treeHead();
  if (E.isLeft(head) || head.right.treeSize === 0n) return undefined;
  return head.right.treeSize - 1n;
};

export const integrityReads = (deps: ServiceDeps): Route[] => {
  // Signing reads the whole store: a tree head is signed once per store position and kept.
  let latest: { position: bigint; signed: SignedTreeHead } | undefined;
  return [
    {
      operationId: "verifyAgreement",
      method: "get",
      path: "/agreements/{id}/verify",
      summary:
        "Verify the agreement's hash chain: every event links to the one before and hashes to what is stored",
      tag: "audit",
      authenticated: true,
      parameters: [agreementIdParameter],
      responses: { 200: { description: "intact, or where it broke", body: Verification } },
      problems: ["not-found"],
      handle: async (ctx) => {
        const id = await visibleAgreement(deps, ctx);
        const verified = await verifyStore(deps.store, { streamId: agreementStreamId(id) });
        ctx.res.json(
          E.isRight(verified)
            ? { agreementId: id, intact: true, eventsChecked: verified.right.eventsChecked }
            : {
                agreementId: id,
                intact: false,
                problem: verified.left.problem,
                message: verified.left.message,
              },
        );
      },
    },
    {
      operationId: "getLatestCheckpoint",
      method: "get",
      path: "/checkpoints/latest",
      summary: "A signed tree head (Ed25519) over the whole ledger as it stands",
      description:
        "Signed after reading the whole store (chains verified, Merkle root folded from the events); kept until the next event is appended. Verify it with `grant-ledger verify-checkpoint` and the service's checkpoint public key.",
      tag: "audit",
      authenticated: true,
      responses: { 200: { description: "the tree head and its signed note", body: Checkpoint } },
      problems: ["not-found"],
      handle: async (ctx) => {
        const key = deps.checkpointKeyPem;
        const log = merkleLogOf(deps.store);
        if (key === undefined || log === undefined)
          throw problem(
            "not-found",
            "this service signs no checkpoints (no CHECKPOINT_KEY_FILE, or a store without a Merkle tree)",
          );
        const position = await lastPosition(log);
        if (position === undefined) throw problem("not-found", "the ledger is empty: nothing to sign");
        if (latest === undefined || latest.position !== position) {
          const signed = await createTreeCheckpoint(deps.store, log, { privateKeyPem: key, now: deps.clock });
          if (E.isLeft(signed)) throw new Error(describeCheckpointError(signed.left));
          latest = { position: signed.right.treeHead.treeSize - 1n, signed: signed.right };
        }
        const h = latest.signed.treeHead;
        ctx.res.json({
          origin: h.origin,
          treeSize: String(h.treeSize),
          rootHash: toBase64(h.rootHash),
          timestamp: h.timestamp,
          keyId: h.keyId,
          note: latest.signed.note,
        });
      },
    },
  ];
};
