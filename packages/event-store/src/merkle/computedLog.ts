import { createMemoryMerkleTree } from "@grant-ledger/merkle";
import type { EventStore, MerkleLog } from "../port";
import { eventLeaf } from "./eventLeaf";
import { merkleLogFromNodes } from "./nodesLog";

/**
 * A Merkle log computed from the store's own `readAll`, for adapters that cannot keep a tree
 * inside their append (EventStoreDB has no multi-stream transaction). Each call first reads the
 * events appended since the last one and adds their leaves, so a process reads the log once and
 * then only its tail; the nodes live in memory (about 64 bytes per event). The leaves depend only
 * on the events, so the roots are those of any other store holding the same events.
 */
export const merkleLogFromAll = (readAll: EventStore["readAll"]): MerkleLog => {
  const tree = createMemoryMerkleTree();
  const log = merkleLogFromNodes(tree);
  let caughtUp: Promise<void> = Promise.resolve();

  const catchUp = async (): Promise<void> => {
    const batch: Uint8Array[] = [];
    let next = tree.size();
    for await (const event of readAll({ fromPosition: next })) {
      // A gap would shift every later leaf: refuse it rather than prove the wrong tree.
      if (event.globalPosition !== next)
        throw new Error(
          `the log jumps from position ${next} to ${event.globalPosition}: no tree can be built`,
        );
      batch.push(eventLeaf(event));
      next++;
      if (batch.length === 1024) tree.append(batch.splice(0));
    }
    tree.append(batch);
  };
  /** One catch-up at a time: two interleaved ones would append the same leaves twice. */
  const current = (): Promise<void> => {
    caughtUp = caughtUp.then(catchUp, catchUp);
    return caughtUp;
  };

  return {
    treeHead: async (size) => {
      await current();
      return log.treeHead(size);
    },
    inclusionProof: async (position, treeSize) => {
      await current();
      return log.inclusionProof(position, treeSize);
    },
    inclusionProofs: async (positions, treeSize) => {
      await current();
      return log.inclusionProofs(positions, treeSize);
    },
    consistencyProof: async (first, second) => {
      await current();
      return log.consistencyProof(first, second);
    },
  };
};
