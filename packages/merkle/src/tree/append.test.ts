import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leafHash } from "../hashing/rfc6962";
import { createMemoryMerkleTree } from "../memory/memoryTree";
import { appendAnySize, appendLeaves, frontierOf } from "./append";
import { perfectNodesOf } from "./nodeId";

const leaf = (i: number) => leafHash(Buffer.from(`leaf ${i}`));

describe("frontierOf", () => {
  it("names the perfect subtrees that cover the tree, as perfectNodesOf(0, size) does", () => {
    for (let n = 0n; n <= 300n; n++) expect(frontierOf(n)).toEqual(perfectNodesOf(0n, n));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 62n) - 1n }), (n) => {
        expect(frontierOf(n)).toEqual(perfectNodesOf(0n, n));
      }),
    );
  });
});

describe("appendLeaves", () => {
  it("carries its frontier into the next append: growing in steps stores what one append stores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), (steps) => {
        const all = steps.reduce((a, b) => a + b, 0);
        const once = appendLeaves(
          0n,
          [],
          Array.from({ length: all }, (_, i) => leaf(i)),
        );
        let size = 0n;
        let frontier: readonly Uint8Array[] = [];
        const nodes = [];
        for (const step of steps) {
          const grown = appendLeaves(
            size,
            frontier,
            Array.from({ length: step }, (_, i) => leaf(Number(size) + i)),
          );
          nodes.push(...grown.nodes);
          frontier = grown.frontier.map((n) => n.hash);
          size += BigInt(step);
        }
        expect(nodes).toEqual(once.nodes);
        expect(frontier).toEqual(once.frontier.map((n) => n.hash));
        const tree = createMemoryMerkleTree();
        tree.append(Array.from({ length: all }, (_, i) => Buffer.from(`leaf ${i}`)));
        expect(tree.read(frontierOf(size))).toEqual(frontier);
      }),
    );
  });
});

describe("appendLeaves below 2^53", () => {
  it("stores and carries what the BigInt path does, from any starting size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 40 }), (start, count) => {
        const size = BigInt(start);
        const frontier = frontierOf(size).map((id) => leafHash(Buffer.from(`${id.level}:${id.index}`)));
        const leaves = Array.from({ length: count }, (_, i) => leaf(start + i));
        expect(appendLeaves(size, frontier, leaves)).toEqual(appendAnySize(size, frontier, leaves));
      }),
    );
  });

  it("refuses a frontier of the wrong length", () => {
    expect(() => appendLeaves(3n, [leaf(0)], [leaf(1)])).toThrow(RangeError);
  });
});
