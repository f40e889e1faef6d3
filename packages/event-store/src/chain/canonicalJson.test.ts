import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventToAppend, JsonObject, JsonValue } from "../port";
import { canonicalJson } from "./canonicalJson";
import { type ChainedFields, chainEventsSerialised, chainHash } from "./chainHash";

// Keys and strings over the whole of UTF-16, lone surrogates included: the sort order and
// the escaping are where canonical serialisers differ.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: codeUnit, maxLength: 12 }),
);
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    text,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(text, tie("value"), { maxKeys: 6 }),
  ),
})).value;
const jsonObject = fc.dictionary(text, json, { maxKeys: 6 });

/** The definition, written directly: `canonicalize` over the whole object. */
const referenceHash = (f: ChainedFields): string => {
  const canonical = canonicalize({
    previousHash: f.previousHash,
    streamId: f.streamId,
    revision: f.revision.toString(10),
    type: f.type,
    schemaVersion: f.schemaVersion,
    data: f.data,
    metadata: f.metadata,
  });
  return createHash("sha256").update(canonical!, "utf8").digest("hex");
};

const fields: fc.Arbitrary<ChainedFields> = fc.record({
  previousHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  streamId: text,
  revision: fc.bigInt({ min: 0n, max: 2n ** 63n }),
  type: text,
  schemaVersion: fc.integer({ min: 1, max: 1000 }),
  data: jsonObject,
  metadata: fc
    .tuple(jsonObject, fc.option(text))
    .map(([m, hash]): JsonObject => (hash === null ? m : { ...m, hash })),
});

describe("canonicalJson", () => {
  it("writes exactly what canonicalize (RFC 8785) writes, for any JSON value", () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(canonicalize(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("sorts keys by UTF-16 code units, not by code point or locale", () => {
    // U+1F600 (surrogates D83D DE00) sorts before U+FF61 by code unit, after it by code point.
    expect(canonicalJson({ "\uFF61": 2, "\u{1F600}": 1, a: 3, B: 4 })).toBe('{"B":4,"a":3,"😀":1,"｡":2}');
    expect(canonicalJson({ n: [1e21, 0.1, -0, 1e-7] })).toBe('{"n":[1e+21,0.1,0,1e-7]}');
  });

  it("refuses what JSON cannot carry instead of writing something else", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 10n, () => 1]) {
      expect(() => canonicalJson({ v: bad } as unknown as JsonValue)).toThrow();
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic as JsonValue)).toThrow();
  });
});

describe("chain hash", () => {
  it("equals SHA-256 of the canonical JSON of all chained fields, a hash key in metadata included", () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(chainHash(f)).toBe(referenceHash(f));
      }),
      { numRuns: 1000 },
    );
  });

  it("stores the canonical JSON it hashed, and chains each event to the one before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(jsonObject, jsonObject), { minLength: 1, maxLength: 4 }), (bodies) => {
        const events: EventToAppend[] = bodies.map(([data, metadata], i) => ({
          type: "Example",
          schemaVersion: 1,
          data,
          metadata: { ...metadata, commandId: `c-${i}` },
        }));
        const start = {
          streamId: "s",
          firstRevision: 3n,
          firstGlobalPosition: 10n,
          previousHash: "0".repeat(64),
        };
        const chained = chainEventsSerialised(start, events);
        let previous = start.previousHash;
        chained.forEach(({ event, dataJson, metadataJson }, i) => {
          expect(dataJson).toBe(canonicalize(events[i]!.data));
          expect(metadataJson).toBe(canonicalize(events[i]!.metadata));
          // JSON has no -0: it reads back as 0, as with JSON.stringify.
          expect(JSON.parse(dataJson)).toEqual(JSON.parse(JSON.stringify(events[i]!.data)));
          expect(event.previousHash).toBe(previous);
          expect(event.revision).toBe(3n + BigInt(i));
          expect(event.globalPosition).toBe(10n + BigInt(i));
          expect(event.hash).toBe(referenceHash(event));
          previous = event.hash;
        });
      }),
      { numRuns: 300 },
    );
  });
});
