import { readFileSync } from "node:fs";
import { DOMAIN_EVENT_TYPES } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
// The schema versions are internal (the upcaster registry): read from the sources.
import { currentSchemaVersion } from "../src/events/catalogue";

// docs/events.md is for people; the codecs are the truth. Keep them in step.
const doc = readFileSync(new URL("../../../docs/events.md", import.meta.url), "utf8");

describe("docs/events.md", () => {
  it("documents every event type at its current schema version", () => {
    for (const type of DOMAIN_EVENT_TYPES) {
      expect(doc).toContain(`### ${type} v${currentSchemaVersion(type)}\n`);
    }
  });

  it("documents no event type the library does not have", () => {
    const documented = [...doc.matchAll(/^### (\w+) v\d+$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...DOMAIN_EVENT_TYPES].sort());
  });
});
