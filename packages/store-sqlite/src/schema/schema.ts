/**
 * The on-disk format. `application_id` marks the file as ours before any table is read;
 * `user_version` is the schema version, so a newer writer's file is refused instead of
 * being half-understood.
 */

/** "GLED" in ASCII: PRAGMA application_id of every grant-ledger store. */
export const APPLICATION_ID = 0x474c4544;

/** Schema version this build writes and understands. */
export const SCHEMA_VERSION = 1;

export const META_TABLE = "grant_ledger_meta";

/**
 * Meta key saying how rows hold their JSON text. New stores get `rfc8785`: every row holds
 * the canonical JSON its hash was computed over, and verification demands exactly that text.
 * A store without the key was created before 2026-12, when rows held `JSON.stringify` output
 * in the encoder's key order: verification then demands exactly that form, which still
 * refuses duplicate keys, whitespace and rewritten numbers or escapes, but not keys reordered.
 */
export const EVENT_TEXT_KEY = "eventText";
export const EVENT_TEXT_CANONICAL = "rfc8785";
export const STORE_FORMAT = "grant-ledger-event-store";

/**
 * `global_position` is the rowid, assigned as max+1 inside an IMMEDIATE transaction (never
 * AUTOINCREMENT, whose rolled-back values leave gaps). Positions start at 0.
 */
export const SCHEMA_DDL = `
CREATE TABLE ${META_TABLE} (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
  global_position INTEGER PRIMARY KEY,
  stream_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 0),
  type TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  data TEXT NOT NULL,
  metadata TEXT NOT NULL,
  command_id TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  UNIQUE (stream_id, revision)
) STRICT;

-- Covers the idempotency lookup including its ORDER BY, so it never walks a whole stream.
CREATE INDEX events_by_command ON events (stream_id, command_id, revision);

CREATE TABLE projection_checkpoints (
  projection TEXT PRIMARY KEY,
  position INTEGER,
  state TEXT
) STRICT;
`;
