import type { TreeHeadProblem } from "@grant-ledger/merkle-verify";
import type { ChainBreak } from "../chain/verify";

export type CheckpointError =
  | { readonly _tag: "EmptyScope"; readonly scope: string }
  | { readonly _tag: "ChainBroken"; readonly chainBreak: ChainBreak }
  | { readonly _tag: "InvalidCheckpointFile"; readonly problems: readonly string[] }
  | { readonly _tag: "InvalidKey"; readonly message: string }
  | { readonly _tag: "WrongKey"; readonly expectedKeyId: string; readonly foundKeyId: string }
  | { readonly _tag: "BadSignature" }
  | {
      readonly _tag: "PositionMissing";
      readonly scope: string;
      readonly position: bigint;
      readonly head?: bigint;
    }
  | {
      readonly _tag: "HashMismatch";
      readonly scope: string;
      readonly position: bigint;
      readonly expectedHash: string;
      readonly foundHash: string;
    }
  | {
      /** A tree-head checkpoint that is not one, or not validly signed by the given key. */
      readonly _tag: "TreeHeadRejected";
      readonly problem: TreeHeadProblem;
      readonly message: string;
    }
  | {
      /** The store holds fewer events than a tree head covers: events were cut off the end. */
      readonly _tag: "TreeTooShort";
      readonly treeSize: bigint;
      readonly storeSize: bigint;
    }
  | {
      /** The root folded from the store's events is not the one signed (or the one its tree keeps). */
      readonly _tag: "RootMismatch";
      readonly treeSize: bigint;
      readonly expectedRoot: string;
      readonly foundRoot: string;
      readonly against: "tree-head" | "stored-tree";
    }
  | {
      /** The stream heads of the store's events are not the ones the tree head commits to. */
      readonly _tag: "StreamHeadsMismatch";
      readonly treeSize: bigint;
    };

export const describeCheckpointError = (error: CheckpointError): string => {
  switch (error._tag) {
    case "EmptyScope":
      return `nothing to checkpoint: ${error.scope} has no events`;
    case "ChainBroken":
      return `the hash chain is broken: ${error.chainBreak.message}`;
    case "InvalidCheckpointFile":
      return `not a valid checkpoint file: ${error.problems.join("; ")}`;
    case "InvalidKey":
      return error.message;
    case "WrongKey":
      return `the checkpoint was signed by key ${error.foundKeyId}, not by the given key ${error.expectedKeyId}`;
    case "BadSignature":
      return "the signature does not match the checkpoint: it was altered after signing";
    case "PositionMissing":
      return `the store no longer holds ${error.scope} position ${error.position}${
        error.head === undefined ? " (it is empty)" : ` (it ends at ${error.head})`
      }`;
    case "HashMismatch":
      return `${error.scope} at position ${error.position} has hash ${error.foundHash}, the checkpoint says ${error.expectedHash}: history was rewritten`;
    case "TreeHeadRejected":
      return `the tree head: ${error.message}`;
    case "TreeTooShort":
      return `the store holds ${error.storeSize} events, fewer than the ${error.treeSize} the tree head covers: events were cut off the end`;
    case "RootMismatch":
      return error.against === "tree-head"
        ? `the store's first ${error.treeSize} events have root ${error.foundRoot}, the tree head says ${error.expectedRoot}: history was rewritten`
        : `the store's Merkle tree has root ${error.expectedRoot} at size ${error.treeSize}, its events fold to ${error.foundRoot}: the tree or the events were changed behind the store's back`;
    case "StreamHeadsMismatch":
      return `the store's stream heads at size ${error.treeSize} are not the ones the tree head commits to: the signer committed to wrong heads`;
  }
};
