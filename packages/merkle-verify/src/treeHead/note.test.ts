import { describe, expect, it } from "vitest";
import { type TreeHead, parseTreeHead, treeHeadBody } from "./note";

const root = new Uint8Array(32).fill(7);
const head: TreeHead = {
  origin: "grant-ledger",
  treeSize: 5n,
  rootHash: root,
  timestamp: "2026-12-01T21:00:00.000Z",
  keyId: "0123456789abcdef",
};
const signatureLine = `\u2014 grant-ledger ${btoa("x".repeat(68))}\n`;

describe("tree-head notes", () => {
  it("carry the stream-heads commitment as a sixth body line, and read back", () => {
    const withHeads = { ...head, streamHeads: { count: 3n, rootHash: new Uint8Array(32).fill(9) } };
    const body = treeHeadBody(withHeads);
    expect(body.split("\n")[5]).toBe(
      `stream-heads 3 ${btoa(String.fromCharCode(...new Uint8Array(32).fill(9)))}`,
    );
    const parsed = parseTreeHead(`${body}\n${signatureLine}`);
    expect(typeof parsed === "string" ? parsed : parsed.treeHead).toEqual(withHeads);
  });

  it("still read the five-line heads signed before 2026-12, without stream heads", () => {
    const parsed = parseTreeHead(`${treeHeadBody(head)}\n${signatureLine}`);
    expect(typeof parsed === "string" ? parsed : parsed.treeHead).toEqual(head);
  });

  it("name a sixth line that is not a stream-heads commitment", () => {
    const body = `${treeHeadBody(head)}stream-heads 03 ${btoa("short")}\n`;
    expect(parseTreeHead(`${body}\n${signatureLine}`)).toMatch(/^line 6: "stream-heads 03 /);
  });
});
