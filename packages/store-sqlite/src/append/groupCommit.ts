import type { SerialisedEvent } from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import type { GrownTree, SqliteMerkleTree } from "../merkle/sqliteMerkleTree";
import { isSqliteBusy } from "../schema/sqliteErrors";
import type { AppendOutcome, AppendRequest, Appended } from "./appendInTransaction";

interface Pending {
  readonly request: AppendRequest;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}

type Settled = { readonly ok: AppendOutcome } | { readonly error: unknown };

interface Committed {
  readonly settled: readonly Settled[];
  readonly grown: GrownTree | undefined;
}

export interface GroupCommitOptions {
  /** Most appends committed by one transaction (one fsync). */
  readonly maxBatch: number;
  /** Attempts when the write lock stays busy beyond `busy_timeout` (another process writing). */
  readonly busyRetries: number;
  /** Called after each commit that wrote something, e.g. to wake subscriptions. */
  readonly onCommitted: () => void;
}

export interface GroupCommit {
  submit(request: AppendRequest): Promise<AppendOutcome>;
  /** Resolves once every submitted append has been committed or rejected. */
  drain(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Appends submitted in the same turn of the event loop are committed together: one IMMEDIATE
 * transaction, one WAL fsync. Each append runs in its own savepoint, so one failing append
 * (a thrown error) does not undo the others; a conflict is a value and writes nothing anyway.
 * The Merkle tree grows once per transaction, after the appends, by what the appends that
 * stood wrote (a rolled-back savepoint's events never reach it); if growing it fails, the
 * whole transaction rolls back. No promise resolves before its transaction has committed.
 */
export const groupCommit = (
  db: Database.Database,
  appendOne: (request: AppendRequest) => Appended,
  tree: Pick<SqliteMerkleTree, "appendEvents" | "committed">,
  { maxBatch, busyRetries, onCommitted }: GroupCommitOptions,
): GroupCommit => {
  const queue: Pending[] = [];
  let running: Promise<void> | undefined;

  const inSavepoint = db.transaction(appendOne);
  const commitBatch = db.transaction((batch: readonly Pending[]): Committed => {
    const written: SerialisedEvent[] = [];
    const settled = batch.map((p): Settled => {
      try {
        const appended = inSavepoint(p.request);
        written.push(...appended.written);
        return { ok: appended.outcome };
      } catch (error) {
        return { error };
      }
    });
    return { settled, grown: tree.appendEvents(written) };
  });

  const commitWithRetry = async (batch: readonly Pending[]): Promise<readonly Settled[]> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { settled, grown } = commitBatch.immediate(batch);
        if (grown !== undefined) tree.committed(grown);
        return settled;
      } catch (e) {
        if (!isSqliteBusy(e) || attempt >= busyRetries) throw e;
        await sleep(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  };

  const run = async (): Promise<void> => {
    // Yield once so that every append submitted in this turn joins the batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const settled = await commitWithRetry(batch);
        if (settled.some((s) => "ok" in s && s.ok._tag === "Right" && !s.ok.right.idempotentReplay)) {
          onCommitted();
        }
        settled.forEach((s, i) => {
          const pending = batch[i]!;
          if ("ok" in s) pending.resolve(s.ok);
          else pending.reject(s.error);
        });
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    running = undefined;
  };

  return {
    submit: (request) =>
      new Promise<AppendOutcome>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        running ??= run();
      }),
    drain: async () => {
      while (running !== undefined) await running;
    },
  };
};
