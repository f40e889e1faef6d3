/**
 * Random mutations of a store, each by a forger who can rewrite the store and rebuild its
 * hash chains and Merkle tree (the in-memory store builds its tree from whatever records it
 * is given): verify-bundle against a tree head taken before the mutation catches every one.
 */
import {
  GENESIS_HASH,
  type RecordedEvent,
  buildAuditBundle,
  chainHash,
  createInMemoryEventStore,
  generateCheckpointKeyPair,
  signTreeHead,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import {
  type BundleEvent,
  formatBundle,
  parseBundle,
  verifyBundle,
  verifyTreeHead,
} from "@grant-ledger/merkle-verify";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

const eventOf = ({ inclusionProof: _proof, ...event }: BundleEvent): RecordedEvent => event as RecordedEvent;

const keys = generateCheckpointKeyPair();

/** Renumbers global positions and revisions gap-free and recomputes every chain: a forger's clean-up. */
const rechain = (records: readonly RecordedEvent[]): RecordedEvent[] => {
  const heads = new Map<string, { revision: bigint; hash: string }>();
  return records.map((e, i) => {
    const head = heads.get(e.streamId);
    const fields = {
      ...e,
      globalPosition: BigInt(i),
      revision: head === undefined ? 0n : head.revision + 1n,
      previousHash: head?.hash ?? GENESIS_HASH,
    };
    const hash = chainHash(fields);
    heads.set(e.streamId, { revision: fields.revision, hash });
    return { ...fields, hash };
  });
};

type Mutation =
  | { kind: "edit" | "edit-rechained" | "delete" | "insert"; at: number }
  | { kind: "reorder"; at: number; other: number }
  | { kind: "truncate" | "truncate-refill"; at: number };

const mutate = (records: readonly RecordedEvent[], m: Mutation): RecordedEvent[] => {
  const copy = [...records];
  const target = copy[m.at]!;
  switch (m.kind) {
    case "edit":
      copy[m.at] = { ...target, data: { ...target.data, units: "999999.99" } };
      return copy;
    case "edit-rechained":
      copy[m.at] = { ...target, data: { ...target.data, units: "999999.99" } };
      return rechain(copy);
    case "delete":
      copy.splice(m.at, 1);
      return rechain(copy);
    case "insert":
      copy.splice(m.at, 0, { ...target, data: { forged: true }, metadata: { commandId: "forged" } });
      return rechain(copy);
    case "reorder": {
      const other = copy[m.other]!;
      copy[m.at] = other;
      copy[m.other] = target;
      return rechain(copy);
    }
    case "truncate":
      return copy.slice(0, m.at);
    case "truncate-refill":
      return rechain([
        ...copy.slice(0, m.at),
        ...copy
          .slice(m.at)
          .map((e) => ({ ...e, metadata: { ...e.metadata, commandId: `${e.metadata.commandId}-again` } })),
      ]);
  }
};

describe("verify-bundle against a tree head kept from before a mutation", () => {
  let base: RecordedEvent[];
  let keptNote: string;
  let covered: number;
  beforeAll(async () => {
    const store = createInMemoryEventStore();
    for (let round = 0; round < 4; round++) {
      await store.appendToStream("agreement-a", aBatch(2), round === 0 ? "no-stream" : BigInt(round * 2 - 1));
      await store.appendToStream(`agreement-other-${round % 2}`, aBatch(1 + round), "any");
    }
    covered = store.records().length;
    const head = await store.merkle.treeHead();
    if (head._tag === "Left") throw new Error("no head");
    const signed = await signTreeHead(head.right, { privateKeyPem: keys.privateKeyPem });
    if (signed._tag === "Left") throw new Error("not signed");
    keptNote = signed.right.note;
    await store.appendToStream("agreement-a", aBatch(2), 7n);
    base = store.records();
  });

  const bundleOf = async (records: RecordedEvent[], withSince: boolean) => {
    const store = createInMemoryEventStore({ records });
    const kept = await verifyTreeHead(keptNote, keys.publicKeyPem);
    if (!kept.valid) throw new Error(kept.message);
    const built = await buildAuditBundle(store, store.merkle, {
      agreementId: "a",
      streamId: "agreement-a",
      privateKeyPem: keys.privateKeyPem,
      ...(withSince ? { since: kept.treeHead } : {}),
    });
    return { built, kept: keptNote };
  };

  it("passes the unmutated store", async () => {
    const { built, kept } = await bundleOf(base, true);
    if (built._tag === "Left") throw new Error(built.left);
    const reread = parseBundle(formatBundle(built.right));
    if (!reread.ok) throw new Error(reread.problem);
    expect(await verifyBundle(reread.value, keys.publicKeyPem, { since: kept })).toMatchObject({
      ok: true,
      events: 10,
    });
  });

  it("catches 1,000 random edits, deletions, insertions, reorderings, truncations and rebuilt histories", async () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constantFrom(
          "edit" as const,
          "edit-rechained" as const,
          "delete" as const,
          "insert" as const,
        ),
        at: fc.nat({ max: 100 }),
      }),
      fc.record({
        kind: fc.constant("reorder" as const),
        at: fc.nat({ max: 100 }),
        other: fc.nat({ max: 100 }),
      }),
      fc.record({
        kind: fc.constantFrom("truncate" as const, "truncate-refill" as const),
        at: fc.nat({ max: 100 }),
      }),
    );
    const seen = new Map<string, number>();
    const reasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutation, async (m0) => {
        // Every mutation touches an event the kept tree head covers.
        const m = {
          ...m0,
          at: m0.at % covered,
          ...("other" in m0 ? { other: m0.other % covered } : {}),
        } as Mutation;
        if (m.kind === "reorder" && m.other === m.at) return;
        const mutated = mutate(base, m);
        const first = await bundleOf(mutated, true);
        // A bundle the honest tool refuses to write (it cannot prove it extends the kept head)
        // is caught already; a forger would hand over one without that proof instead.
        const built = first.built._tag === "Right" ? first.built : (await bundleOf(mutated, false)).built;
        seen.set(m.kind, (seen.get(m.kind) ?? 0) + 1);
        if (built._tag === "Left") {
          // Cut down to nothing of the agreement: there is no stream head to prove, no bundle to write.
          expect(built.left).toMatch(/^agreement a has no events in the tree of/);
          return;
        }
        const bundle = built.right;
        const kept = first.kept;
        const verdict = await verifyBundle(bundle, keys.publicKeyPem, { since: kept });
        expect(verdict.ok).toBe(false);
        const reason = verdict.ok ? "" : verdict.failure.replace(/[0-9]+/g, "#").slice(0, 60);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }),
      { numRuns: 1000 },
    );
    // Caught by the chain and by consistency, not by one check alone.
    expect([...reasons.keys()].some((r) => r.startsWith("the agreement's hash chain"))).toBe(true);
    expect([...reasons.keys()].some((r) => r.startsWith("the bundle's tree head does not extend"))).toBe(
      true,
    );
    expect([...seen.keys()].sort()).toEqual(
      ["delete", "edit", "edit-rechained", "insert", "reorder", "truncate", "truncate-refill"].sort(),
    );
  });

  it("catches events edited, re-chained, moved or dropped in the bundle file itself", async () => {
    const { built, kept } = await bundleOf(base, true);
    if (built._tag === "Left") throw new Error(built.left);
    const honest = built.right;
    const edit = fc.record({
      kind: fc.constantFrom("data", "rechained", "position", "drop-first", "swap"),
      at: fc.nat({ max: honest.events.length - 1 }),
    });
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(edit, async ({ kind, at }) => {
        const events = [...honest.events];
        const target = events[at]!;
        if (kind === "data") events[at] = { ...target, data: { units: "1" } };
        if (kind === "rechained") {
          const [forged] = rechain([{ ...eventOf(target), data: { units: "1" } }]);
          // Same place and links as the original, hash recomputed, and every later event re-linked.
          let previous = target.previousHash;
          for (let i = at; i < events.length; i++) {
            const fields = {
              ...events[i]!,
              ...(i === at ? { data: forged!.data } : {}),
              previousHash: previous,
            };
            const hash = chainHash(eventOf(fields));
            events[i] = { ...fields, hash };
            previous = hash;
          }
        }
        if (kind === "position") events[at] = { ...target, globalPosition: target.globalPosition + 1n };
        if (kind === "drop-first") events.shift();
        if (kind === "swap" && at + 1 < events.length)
          [events[at], events[at + 1]] = [events[at + 1]!, target];
        if (kind === "swap" && at + 1 >= events.length) return;
        const verdict = await verifyBundle({ ...honest, events }, keys.publicKeyPem, { since: kept });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) reasons.add(verdict.failure.split(":")[0]!.replace(/[0-9]+/g, "#"));
      }),
      { numRuns: 200 },
    );
    expect([...reasons].some((r) => r.includes("is not in the tree head"))).toBe(true);
    expect([...reasons].some((r) => r.startsWith("the agreement's hash chain"))).toBe(true);
  });
});
