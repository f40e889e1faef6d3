/** Exit codes are part of the CLI's interface; README.md lists them. */
export const EXIT = {
  ok: 0,
  /** verify: the chain is broken; reconcile/import: discrepancies found. */
  failed: 1,
  /** Usage error, unreadable input, store that cannot be opened. */
  usage: 2,
  /** controls: the shift needs approval. */
  needsApproval: 3,
  /** controls: the shift is forbidden; every command that records: refused by the domain, nothing recorded. */
  forbidden: 4,
  /** The file system refused an output path (--out, --out-dir): missing folder, a directory, disk full, ... */
  fileSystem: 5,
  /** The store's server cannot be reached (EventStoreDB down, wrong host, cluster not discoverable). */
  unreachable: 6,
  /** A bug: an exception nothing expected. Reported with a short id; never a usage error. */
  internal: 70,
} as const;
