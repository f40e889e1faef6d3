import type { RecordedEvent } from "@grant-ledger/event-store";
import { describe, expect, it } from "vitest";
import { GRANTS_STREAM, WITHDRAWAL_EVENT, grantFactOf } from "./grantEvents";

const event = (o: Partial<RecordedEvent>): RecordedEvent => ({
  streamId: GRANTS_STREAM,
  revision: 3n,
  globalPosition: 9n,
  previousHash: "0".repeat(64),
  hash: "1".repeat(64),
  type: WITHDRAWAL_EVENT,
  schemaVersion: 1,
  data: { agreementId: "a", auditorOrganisationId: "x", reason: "done" },
  metadata: { actor: { organisationId: "gm1", role: "municipality", person: "P" }, commandId: "c" },
  ...o,
});

describe("the grants stream's events", () => {
  it("reads a withdrawal of version 1", () => {
    expect(grantFactOf(event({}))).toMatchObject({
      type: WITHDRAWAL_EVENT,
      agreementId: "a",
      commandId: "c",
    });
  });

  it("skips other types but stops at a version or shape it does not know (a withdrawal is never skipped)", () => {
    expect(grantFactOf(event({ type: "SomethingElse" }))).toBeUndefined();
    expect(() => grantFactOf(event({ schemaVersion: 2 }))).toThrow(/version 2/);
    expect(() => grantFactOf(event({ data: { agreementId: "a" } }))).toThrow(/does not decode/);
  });
});
