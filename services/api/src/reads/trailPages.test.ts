import { describe, expect, it } from "vitest";
import { createTrailPages, serialisedPage } from "./trailPages";

describe("the trail's page cache", () => {
  it("keeps pages up to its bound in bytes, dropping the least recently used first", () => {
    const page = (n: number) => serialisedPage("x".repeat(n), "application/json; charset=utf-8", undefined);
    const pages = createTrailPages(1_000);
    pages.keep("a", page(400));
    pages.keep("b", page(400));
    expect(pages.get("a")).toBeDefined(); // now the most recently used
    pages.keep("c", page(400));
    expect(pages.get("b")).toBeUndefined();
    expect(pages.get("a")).toBeDefined();
    expect(pages.get("c")).toBeDefined();
    pages.keep("huge", page(2_000)); // larger than the bound: never kept
    expect(pages.get("huge")).toBeUndefined();
  });

  it("gives equal bytes equal strong ETags and other bytes others", () => {
    const a = serialisedPage('{"a":1}', "application/json", undefined);
    expect(serialisedPage('{"a":1}', "application/json", undefined).etag).toBe(a.etag);
    expect(serialisedPage('{"a":2}', "application/json", undefined).etag).not.toBe(a.etag);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });
});
