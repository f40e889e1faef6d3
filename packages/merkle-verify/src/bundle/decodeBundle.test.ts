import { describe, expect, it } from "vitest";
import { AUDIT_BUNDLE_FORMAT, type AuditBundle, encodeBundle, formatBundle } from "./bundle";
import { parseBundle } from "./decodeBundle";

const hash = "ab".repeat(32);
const bundle: AuditBundle = {
  format: AUDIT_BUNDLE_FORMAT,
  agreementId: "a",
  streamId: "agreement-a",
  treeHead: "note",
  keyId: "0123456789abcdef",
  events: [
    {
      streamId: "agreement-a",
      revision: 0n,
      globalPosition: 3n,
      type: "OfferMade",
      schemaVersion: 1,
      data: { units: "1.50" },
      metadata: { commandId: "c" },
      previousHash: "0".repeat(64),
      hash,
      inclusionProof: ["AAAA"],
    },
  ],
  streamHead: { revision: 0n, globalPosition: 3n, hash, index: 0n, inclusionProof: [] },
  since: { treeSize: 2n, consistencyProof: ["BBBB"] },
};

describe("the audit bundle's file form", () => {
  it("reads back what it writes", () => {
    const parsed = parseBundle(formatBundle(bundle));
    expect(parsed).toEqual({ ok: true, value: bundle });
  });

  it("names the path and the value of the first problem", () => {
    const json = encodeBundle(bundle) as Record<string, unknown>;
    const events = json.events as Record<string, unknown>[];
    const cases: [unknown, string][] = [
      [{ ...json, format: "grant-ledger-audit-bundle/1" }, "format: expected"],
      [
        { ...json, events: [{ ...events[0], revision: 0 }] },
        "bundle.events.0.revision: expected a decimal string >= 0, found 0",
      ],
      [
        { ...json, events: [{ ...events[0], hash: "AB" }] },
        'bundle.events.0.hash: expected 64 lowercase hex digits, found "AB"',
      ],
      [
        { ...json, streamHead: { ...(json.streamHead as object), inclusionProof: [1] } },
        "bundle.streamHead.inclusionProof.0: expected a base64 string, found 1",
      ],
      [
        { ...json, since: { treeSize: "-1", consistencyProof: [] } },
        'bundle.since.treeSize: expected a decimal string >= 0, found "-1"',
      ],
    ];
    for (const [value, problem] of cases) {
      const parsed = parseBundle(JSON.stringify(value));
      expect(parsed.ok ? "" : parsed.problem).toContain(problem);
    }
    expect(parseBundle("{").ok).toBe(false);
  });
});
