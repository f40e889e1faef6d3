/**
 * The Merkle tree's perfect-subtree nodes: (level, idx) covers the 2^level events from
 * idx·2^level on; level 0 holds the leaf hashes. About 2n rows for n events, never updated,
 * and enough to answer any root or proof in O(log n) point reads.
 *
 * Created by openDatabase when missing, not in SCHEMA_DDL: a store written before
 * the tree existed gets the table and its tree built the first time this build opens it, and
 * the schema version does not change.
 */
export const MERKLE_TABLES = {
  names: ["merkle_nodes"],
  ddl: `
CREATE TABLE IF NOT EXISTS merkle_nodes (
  level INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  hash BLOB NOT NULL,
  PRIMARY KEY (level, idx)
) STRICT, WITHOUT ROWID;
`,
} as const;
