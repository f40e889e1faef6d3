import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nodeHash } from "./rfc6962";

const streamed = (left: Uint8Array, right: Uint8Array): Uint8Array =>
  createHash("sha256").update(Buffer.of(0x01)).update(left).update(right).digest();

describe("nodeHash", () => {
  it("is SHA-256(0x01 ‖ left ‖ right) for digests and for inputs of any other length", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 40 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (odd, left, right) => {
          expect(nodeHash(left, right)).toEqual(streamed(left, right));
          expect(nodeHash(odd, right)).toEqual(streamed(odd, right));
        },
      ),
    );
  });

  it("returns a fresh digest each time, not the reused input buffer", () => {
    const a = nodeHash(new Uint8Array(32), new Uint8Array(32));
    const copy = Buffer.from(a);
    nodeHash(new Uint8Array(32).fill(7), new Uint8Array(32).fill(9));
    expect(Buffer.from(a)).toEqual(copy);
  });
});
