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
  }
};
