/**
 * The browser verifier (@grant-ledger/merkle-verify) recomputes canonical JSON, chain hashes
 * and leaf bytes on its own, without this package's serialiser: held here to give the same
 * bytes for any event this package can write.
 */
import { chainHashOf, eventLeafBytes, canonicalJson as verifierJson } from "@grant-ledger/merkle-verify";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../chain/canonicalJson";
import { chainEvents } from "../chain/chainHash";
import type { JsonObject } from "../port";
import { eventLeaf } from "./eventLeaf";

const text = fc.string({ unit: "binary", maxLength: 8 });
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.array(tie("json"), { maxLength: 4 }),
    fc.dictionary(text, tie("json"), { maxKeys: 4 }),
  ),
}));
const object = fc.dictionary(text, json, { maxKeys: 5 }) as fc.Arbitrary<JsonObject>;

describe("the verifier's event bytes", () => {
  it("are this package's canonical JSON, chain hash and leaf for any event", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        object,
        object,
        fc.bigInt({ min: 0n, max: 2n ** 62n }),
        fc.integer({ min: 0, max: 1000 }),
        async (streamId, data, metadata, at, schemaVersion) => {
          const [event] = chainEvents(
            { streamId, firstRevision: at, firstGlobalPosition: at + 3n, previousHash: "c".repeat(64) },
            [{ type: `T${streamId}`, schemaVersion, data, metadata: { ...metadata, commandId: "c" } }],
          );
          const e = event!;
          expect(verifierJson(e.data)).toBe(canonicalJson(e.data));
          expect(await chainHashOf(e)).toBe(e.hash);
          expect(Buffer.from(eventLeafBytes(e)!).equals(eventLeaf(e))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
