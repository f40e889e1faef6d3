import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainEvents } from "../chain/chainHash";
import type { JsonObject } from "../port";
import { eventLeaf } from "./eventLeaf";

const text = fc.string({ unit: "binary", maxLength: 10 });
const jsonObject = fc.dictionary(text, fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), {
  maxKeys: 5,
}) as fc.Arbitrary<JsonObject>;

describe("event leaf", () => {
  it("is the RFC 8785 canonical JSON of the whole recorded event, positions as decimal strings", () => {
    fc.assert(
      fc.property(
        text,
        jsonObject,
        jsonObject,
        fc.bigInt({ min: 0n, max: 2n ** 62n }),
        (streamId, data, metadata, at) => {
          const [event] = chainEvents(
            { streamId, firstRevision: at, firstGlobalPosition: at + 7n, previousHash: "a".repeat(64) },
            [{ type: `T${streamId}`, schemaVersion: 3, data, metadata: { ...metadata, commandId: "c" } }],
          );
          const e = event!;
          const expected = canonicalize({
            ...e,
            revision: e.revision.toString(10),
            globalPosition: e.globalPosition.toString(10),
          });
          expect(eventLeaf(e).toString("utf8")).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
