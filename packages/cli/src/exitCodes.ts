/** Exit codes are part of the CLI's interface; README.md lists them. */
export const EXIT = {
  ok: 0,
  /** verify: the chain is broken; reconcile/import: discrepancies found. */
  failed: 1,
  /** Usage error, unreadable input, store that cannot be opened. */
  usage: 2,
  /** controls: the shift needs approval. */
  needsApproval: 3,
  /** controls: the shift is forbidden. */
  forbidden: 4,
} as const;
