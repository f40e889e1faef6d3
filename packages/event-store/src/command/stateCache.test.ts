import { describe, expect, it } from "vitest";
import { createStateCache, holdsCommand } from "./stateCache";

const at = (revision: bigint | "no-stream", commandIds = new Map<string, bigint>()) => ({
  state: { revision },
  revision,
  commandIds,
});

describe("state cache", () => {
  it("never holds more than its bound, evicting the least recently used", () => {
    const cache = createStateCache<unknown>(2);
    cache.offer("a", at(0n));
    cache.offer("b", at(0n));
    cache.get("a");
    cache.offer("c", at(0n));
    expect(cache.size()).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
  });

  it("keeps the newer snapshot when an older one is offered late", () => {
    const cache = createStateCache<unknown>(4);
    cache.offer("a", at(5n));
    cache.offer("a", at(3n));
    expect(cache.get("a")?.revision).toBe(5n);
    cache.offer("a", at(6n));
    expect(cache.get("a")?.revision).toBe(6n);
    cache.drop("a");
    expect(cache.get("a")).toBeUndefined();
  });

  it("counts a command id only up to the snapshot's revision", () => {
    const ids = new Map([
      ["early", 1n],
      ["late", 4n],
    ]);
    expect(holdsCommand(at(2n, ids), "early")).toBe(true);
    expect(holdsCommand(at(2n, ids), "late")).toBe(false);
    expect(holdsCommand(at(4n, ids), "late")).toBe(true);
    expect(holdsCommand(at("no-stream", ids), "early")).toBe(false);
  });
});
