import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { GENESIS_HASH } from "../port";
import { anEvent } from "../testing/fixtures";
import { canonicalJson } from "./canonicalJson";
import { chainEventsSerialised } from "./chainHash";
import { type StoredEvent, recordedFromStored } from "./storedEvent";

/** A row as an adapter that stores the canonical text would hold it. */
const storedRow = (): StoredEvent => {
  const [serialised] = chainEventsSerialised(
    { streamId: "agreement-1", firstRevision: 0n, firstGlobalPosition: 0n, previousHash: GENESIS_HASH },
    [anEvent("UnitsReported", { reason: "demand", cells: [{ district: "Stad", units: "12.5" }] }, "c-1")],
  );
  if (serialised === undefined) throw new Error("one event in, one out");
  const { event, dataJson, metadataJson } = serialised;
  return {
    globalPosition: 0,
    streamId: event.streamId,
    revision: 0n,
    type: event.type,
    schemaVersion: 1,
    data: dataJson,
    metadata: metadataJson,
    commandId: "c-1",
    previousHash: event.previousHash,
    hash: event.hash,
  };
};

const problemOf = (row: StoredEvent, form: "canonical" | "json-stringify" = "canonical") => {
  const read = recordedFromStored(row, form);
  return E.isLeft(read) ? read.left.problem : "read";
};

describe("recordedFromStored", () => {
  it("reads a row whose text is exactly the canonical JSON", () => {
    const read = recordedFromStored(storedRow(), "canonical");
    expect(E.isRight(read) && read.right.data).toEqual({
      reason: "demand",
      cells: [{ district: "Stad", units: "12.5" }],
    });
  });

  it("refuses text that is not exactly what was hashed, though it parses to the same value or close", () => {
    const row = storedRow();
    const text = row.data as string;
    expect(problemOf({ ...row, data: `{"reason":"forged",${text.slice(1)}` })).toBe("not-canonical");
    expect(problemOf({ ...row, data: JSON.stringify(JSON.parse(text), null, 1) })).toBe("not-canonical");
    expect(problemOf({ ...row, data: text.replace('"Stad"', '"\\u0053tad"') })).toBe("not-canonical");
    const { reason, cells } = JSON.parse(text);
    expect(problemOf({ ...row, data: JSON.stringify({ reason, cells }) })).toBe("not-canonical");
    // A store of before canonical rows: the JSON.stringify form in any key order is what it holds.
    expect(problemOf({ ...row, data: JSON.stringify({ reason, cells }) }, "json-stringify")).toBe("read");
    expect(problemOf({ ...row, data: `{"reason":"forged",${text.slice(1)}` }, "json-stringify")).toBe(
      "not-canonical",
    );
    // Such a store may also hold canonical rows (written since), where JSON.stringify would
    // put integer-like keys first.
    const numbered = { ...row, data: canonicalJson({ "10": "a", "9": "b" }) };
    expect(problemOf(numbered, "json-stringify")).toBe("read");
  });

  it("names unreadable columns instead of throwing", () => {
    const row = storedRow();
    expect(problemOf({ ...row, metadata: "{" })).toBe("unreadable");
    expect(problemOf({ ...row, data: "[1]" })).toBe("unreadable");
    expect(problemOf({ ...row, data: Buffer.from("{}") })).toBe("unreadable");
    expect(problemOf({ ...row, revision: "3" })).toBe("unreadable");
    expect(problemOf({ ...row, hash: null })).toBe("unreadable");
    const found = recordedFromStored({ ...row, metadata: "{" }, "canonical");
    expect(E.isLeft(found) && found.left.message).toMatch(
      /^unreadable at agreement-1 revision 0 \(global position 0\): metadata is not JSON \(/,
    );
  });

  it("refuses a command id column that disagrees with the metadata", () => {
    expect(problemOf({ ...storedRow(), commandId: "c-2" })).toBe("column-mismatch");
    expect(problemOf({ ...storedRow(), commandId: undefined })).toBe("read");
  });
});
