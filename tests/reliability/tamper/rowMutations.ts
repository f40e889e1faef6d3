import { type JsonObject, canonicalJson, chainHash } from "@grant-ledger/event-store";
import type { Mutation } from "./mutation";
import { type Row, type Tampering, fieldsOf, innerRows, streamRows } from "./tampering";

const hex64 = (t: Tampering) =>
  Array.from({ length: 64 }, () => "0123456789abcdef"[t.random.below(16)]).join("");
const maxPosition = (t: Tampering) => Math.max(...t.rows().map((r) => r.global_position));

const column = (
  kind: string,
  change: (t: Tampering, row: Row) => void,
  options: { readonly inner?: boolean; readonly streamSees?: boolean } = {},
): Mutation => ({
  kind,
  seenBy: "verify",
  streamSees: options.streamSees ?? true,
  apply: (t) => {
    const row = t.random.pick(options.inner === false ? t.rows() : innerRows(t.rows()));
    change(t, row);
    return row.stream_id;
  },
});

/** Moves `rows` revisions up by one, highest first (UNIQUE (stream_id, revision) holds throughout). */
const shiftUp = (t: Tampering, rows: readonly Row[]) => {
  for (const r of [...rows].sort((a, b) => b.revision - a.revision)) t.set(r, "revision", r.revision + 1);
};

/** Every column of the events table, edited on its own. */
export const columnMutations: readonly Mutation[] = [
  column("stream_id: moved to a new stream", (t, row) => t.set(row, "stream_id", `${row.stream_id}-forged`)),
  column("stream_id: moved to another stream", (t, row) => {
    const others = [...new Set(t.rows().map((r) => r.stream_id))].filter((s) => s !== row.stream_id);
    const target = t.random.pick(others);
    // Takes a revision the target does not have yet, so SQL's UNIQUE constraint lets it in.
    t.set(row, "revision", 1_000_000);
    t.set(row, "stream_id", target);
    t.set(row, "revision", streamRows(t.rows(), target).length - 1);
  }),
  column("revision: moved past the stream's end", (t, row) =>
    t.set(row, "revision", streamRows(t.rows(), row.stream_id).length + 3),
  ),
  column("type: changed", (t, row) =>
    t.set(row, "type", row.type === "ResultReported" ? "UnitsReallocated" : "ResultReported"),
  ),
  column("schema_version: changed", (t, row) => t.set(row, "schema_version", row.schema_version + 1)),
  column("command_id: another command's id", (t, row) => {
    const other = t.random.pick(t.rows().filter((r) => r.command_id !== row.command_id));
    t.set(row, "command_id", other.command_id);
  }),
  column("command_id: an unknown id", (t, row) => t.set(row, "command_id", `${row.command_id}-replayed`), {
    inner: false,
  }),
  column("previous_hash: replaced", (t, row) => t.set(row, "previous_hash", hex64(t)), { inner: false }),
  column("hash: replaced", (t, row) => t.set(row, "hash", hex64(t)), { inner: false }),
  column("hash: recomputed after an edit (verify sees the next link)", (t, row) => {
    const data = { ...(JSON.parse(row.data) as JsonObject), reason: "forged" };
    t.set(row, "data", canonicalJson(data));
    t.set(row, "hash", chainHash({ ...fieldsOf(row), data }));
  }),
  column(
    "global_position: moved past the store's end",
    (t, row) => t.set(row, "global_position", maxPosition(t) + 5),
    { streamSees: false },
  ),
  column("global_position: moved below 0", (t, row) => t.set(row, "global_position", -7), {
    streamSees: false,
  }),
];

/** Rows inserted, deleted and swapped, without re-chaining. */
export const rowMutations: readonly Mutation[] = [
  column("row deleted from inside a stream", (t, row) =>
    t.run("DELETE FROM events WHERE global_position = ?", row.global_position),
  ),
  column("stream's first row deleted", (t, row) => {
    const first = streamRows(t.rows(), row.stream_id)[0]!;
    t.run("DELETE FROM events WHERE global_position = ?", first.global_position);
  }),
  {
    kind: "stream's last rows deleted, mid-store (global positions show the gap)",
    seenBy: "verify",
    streamSees: false,
    apply: (t) => {
      const top = maxPosition(t);
      const streams = [...new Set(t.rows().map((r) => r.stream_id))];
      const candidates = streams.filter((s) => streamRows(t.rows(), s).at(-1)!.global_position !== top);
      const streamId = t.random.pick(candidates);
      const rows = streamRows(t.rows(), streamId);
      for (const r of rows.slice(rows.length - 1 - t.random.below(Math.min(3, rows.length - 1))))
        t.run("DELETE FROM events WHERE global_position = ?", r.global_position);
      return streamId;
    },
  },
  {
    kind: "whole stream deleted, mid-store",
    seenBy: "verify",
    streamSees: false,
    apply: (t) => {
      const top = t.rows().find((r) => r.global_position === maxPosition(t))!;
      const streamId = t.random.pick(
        [...new Set(t.rows().map((r) => r.stream_id))].filter((s) => s !== top.stream_id),
      );
      t.run("DELETE FROM events WHERE stream_id = ?", streamId);
      return streamId;
    },
  },
  column("forged row inserted inside a stream, later revisions renumbered", (t, row) => {
    const later = streamRows(t.rows(), row.stream_id).filter((r) => r.revision > row.revision);
    shiftUp(t, later);
    const data = { ...(JSON.parse(row.data) as JsonObject), reason: "forged" };
    const metadata = { ...(JSON.parse(row.metadata) as JsonObject), commandId: "forged-command" };
    const fields = {
      ...fieldsOf(row),
      previousHash: row.hash,
      revision: BigInt(row.revision + 1),
      data,
      metadata,
    };
    t.insert({
      ...row,
      global_position: maxPosition(t) + 1,
      revision: row.revision + 1,
      data: canonicalJson(data),
      metadata: canonicalJson(metadata),
      command_id: "forged-command",
      previous_hash: row.hash,
      hash: chainHash(fields),
    });
  }),
  column("two rows of a stream swap revisions", (t, row) => {
    const other = t.random.pick(
      streamRows(t.rows(), row.stream_id).filter((r) => r.revision !== row.revision),
    );
    t.set(row, "revision", 1_000_000);
    t.set(other, "revision", row.revision);
    t.set({ ...row, revision: 1_000_000 }, "revision", other.revision);
  }),
  column("two rows of a stream swap global positions", (t, row) => {
    const other = t.random.pick(
      streamRows(t.rows(), row.stream_id).filter((r) => r.revision !== row.revision),
    );
    const parked = maxPosition(t) + 100;
    t.set(row, "global_position", parked);
    t.set(other, "global_position", row.global_position);
    t.set({ ...row, global_position: parked }, "global_position", other.global_position);
  }),
];

const reasonForged = (row: Row) =>
  canonicalJson({ ...(JSON.parse(row.data) as JsonObject), reason: "forged" });

/** Chains that stay consistent in themselves: only a signed checkpoint kept from before sees these. */
export const checkpointOnlyMutations: readonly Mutation[] = [
  {
    kind: "store's end cut off",
    seenBy: "checkpoint",
    streamSees: false,
    apply: (t) => {
      const rows = t.rows();
      const cut = rows.slice(rows.length - 1 - t.random.below(3));
      for (const r of cut) t.run("DELETE FROM events WHERE global_position = ?", r.global_position);
      return cut[0]!.stream_id;
    },
  },
  {
    kind: "stream edited and re-chained to its end",
    seenBy: "checkpoint",
    streamSees: false,
    apply: (t) => {
      const row = t.random.pick(t.rows());
      t.set(row, "data", reasonForged(row));
      t.rechain(row.stream_id, row.revision);
      return row.stream_id;
    },
  },
  {
    kind: "forged row inserted and the stream re-chained",
    seenBy: "checkpoint",
    streamSees: false,
    apply: (t) => {
      const row = t.random.pick(innerRows(t.rows()));
      shiftUp(
        t,
        streamRows(t.rows(), row.stream_id).filter((r) => r.revision > row.revision),
      );
      t.insert({
        ...row,
        global_position: maxPosition(t) + 1,
        revision: row.revision + 1,
        data: reasonForged(row),
      });
      t.rechain(row.stream_id, row.revision + 1);
      return row.stream_id;
    },
  },
  {
    kind: "adjacent events of two streams swap global positions",
    seenBy: "checkpoint",
    streamSees: false,
    apply: (t) => {
      const rows = t.rows();
      const pairs = rows
        .slice(1)
        .flatMap((r, i) => (r.stream_id !== rows[i]!.stream_id ? [[rows[i]!, r] as const] : []));
      const [a, b] = t.random.pick(pairs);
      const parked = maxPosition(t) + 100;
      t.set(a, "global_position", parked);
      t.set(b, "global_position", a.global_position);
      t.set({ ...a, global_position: parked }, "global_position", b.global_position);
      return a.stream_id;
    },
  },
  {
    kind: "whole stream deleted and later global positions renumbered",
    seenBy: "checkpoint",
    streamSees: false,
    apply: (t) => {
      const streamId = t.random.pick([...new Set(t.rows().map((r) => r.stream_id))]);
      t.run("DELETE FROM events WHERE stream_id = ?", streamId);
      t.rows().forEach((r, i) => {
        if (r.global_position !== i) t.set(r, "global_position", i);
      });
      return streamId;
    },
  },
];
