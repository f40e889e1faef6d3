import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RequestIdSet } from "./requestIds";

describe("RequestIdSet", () => {
  it("every version, on any tree of adds (forks included), sees exactly the ids added on its way", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 200 }),
        (steps) => {
          // Each step adds an id to some earlier version: a random tree of versions.
          const versions: { set: RequestIdSet; ids: string[] }[] = [{ set: RequestIdSet.empty, ids: [] }];
          for (const [pick, n] of steps) {
            const parent = versions[pick % versions.length]!;
            const id = `r${n}`;
            const ids = parent.ids.includes(id) ? parent.ids : [...parent.ids, id];
            versions.push({ set: parent.set.add(id), ids });
          }
          for (const { set, ids } of versions) {
            expect([...set]).toEqual(ids);
            expect(set.size).toBe(ids.length);
            for (let n = 0; n <= 30; n++) expect(set.has(`r${n}`)).toBe(ids.includes(`r${n}`));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never writes into the empty set that every agreement starts from", () => {
    const one = RequestIdSet.empty.add("r1");
    expect(one.has("r1")).toBe(true);
    expect(RequestIdSet.empty.has("r1")).toBe(false);
    expect([...RequestIdSet.empty]).toEqual([]);
    expect([...RequestIdSet.empty.add("r2")]).toEqual(["r2"]);
    expect([...one.add("r3")]).toEqual(["r1", "r3"]);
  });
});
