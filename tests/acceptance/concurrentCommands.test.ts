import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agreementStreamId, createAgreements } from "@grant-ledger/agreements";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { verifyStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";

// Issue 19: with the state cache on, 4 commands in flight on one SQLite stream ended in
// ConflictRetriesExhausted 37.5% of the time. Commands are now queued per stream in-process.
describe("concurrent commands on one agreement in one process, on SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "grant-ledger-concurrent-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["with the state cache", { maxStreams: 16 }],
    ["without it", undefined],
  ])(
    "decides each on the state the one before left, %s: no conflict, nothing lost",
    async (label, stateCache) => {
      const store = openSqliteEventStore({ file: join(dir, `${label.replaceAll(" ", "-")}.db`) });
      try {
        const agreements = createAgreements({
          store,
          clock: () => new Date("2007-05-08T10:30:00Z"),
          // One try only: any conflict between this process's own commands would show.
          maxAttempts: 1,
          ...(stateCache === undefined ? {} : { stateCache }),
        });
        const signed = await agreements.handle([
          proposeExample(),
          signBy("provider"),
          signBy("municipality"),
        ]);
        expect(E.isRight(signed)).toBe(true);
        for (let round = 0; round < 5; round++) {
          const inFlight = Array.from({ length: 4 }, (_, i) =>
            agreements.handle(
              requestReallocation(
                `r-${round}-${i}`,
                [shift("6/OBW/Stad", "6/OBW/Velden", 1)],
                actors.director,
              ),
            ),
          );
          const outcomes = await Promise.all(inFlight);
          expect(outcomes.map((o) => (E.isRight(o) ? "recorded" : o.left._tag))).toEqual(
            Array(4).fill("recorded"),
          );
        }
        const loaded = await agreements.load(EXAMPLE_AGREEMENT_ID);
        expect(E.isRight(loaded) && loaded.right?.revision).toBe(3n + 20n);
        expect(
          E.isRight(await verifyStore(store, { streamId: agreementStreamId(EXAMPLE_AGREEMENT_ID) })),
        ).toBe(true);
      } finally {
        await store.close();
      }
    },
  );
});
