import type { StreamHead } from "@grant-ledger/merkle-verify";

/**
 * Optional capability: every stream's last event below a tree size, read at once (SQLite
 * answers from its (stream, revision) index). Without it `readStreamHeads` reads the log.
 */
export interface HasStreamHeads {
  readonly streamHeads: (treeSize: bigint) => Promise<readonly StreamHead[]>;
}

export const streamHeadsOf = (store: object): HasStreamHeads["streamHeads"] | undefined =>
  "streamHeads" in store && typeof (store as HasStreamHeads).streamHeads === "function"
    ? (store as HasStreamHeads).streamHeads
    : undefined;
