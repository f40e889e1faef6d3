import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { approveReallocation, proposeExample, requestReallocation, shift, signBy } from "../testing";
import { COMMAND_TYPES, decodeCommand, encodeCommand } from "./catalogue";

describe("command codecs", () => {
  it("round-trip commands through JSON", () => {
    for (const cmd of [
      proposeExample(),
      signBy("provider"),
      requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", "2.5")]),
      approveReallocation("r1"),
    ]) {
      const json = JSON.parse(JSON.stringify(encodeCommand(cmd)));
      expect(decodeCommand(json)).toEqual(E.right(cmd));
    }
  });

  it("need both parties to have agreed an amendment", () => {
    const amendment = {
      type: "AmendAgreement",
      data: {
        agreementId: "a",
        amendmentId: "am-1",
        changes: [],
        expectedResultChanges: [],
        agreedBy: { municipality: { person: "M. Thalens-Kolker", role: "wethouder" } },
        reason: "more budget",
      },
      metadata: {
        actor: { organisationId: "gm0114", role: "municipality", person: "J. de Vries" },
        commandId: "c",
        occurredAt: "2007-09-01T10:00:00Z",
      },
    };
    const result = decodeCommand(amendment);
    expect(E.isLeft(result) && result.left.map((p) => p.message)).toEqual([
      "at data.agreedBy.provider: expected Representative, found nothing",
    ]);
  });

  it("normalise codes on the way in", () => {
    const json = JSON.parse(
      JSON.stringify(encodeCommand(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))),
    );
    json.data.shifts[0].from = { resultArea: "6.", workType: "obw", district: "STAD" };
    const decoded = decodeCommand(json);
    expect(
      E.isRight(decoded) &&
        decoded.right.type === "RequestReallocation" &&
        decoded.right.data.shifts[0]?.from,
    ).toEqual({
      resultArea: "6",
      workType: "OBW",
      district: "Stad",
    });
  });

  it("name the command type or the path that is wrong", () => {
    const unknown = decodeCommand({ type: "Shift", data: {} });
    expect(E.isLeft(unknown) && unknown.left[0]?.message).toContain('unknown command type "Shift"');
    expect(COMMAND_TYPES).toContain("AmendAgreement");
    const json = JSON.parse(
      JSON.stringify(encodeCommand(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))),
    );
    json.data.shifts[0].quantity.amount = "-3";
    const bad = decodeCommand(json);
    expect(E.isLeft(bad) && bad.left.map((p) => p.message)).toEqual([
      "at data.shifts[0].quantity.amount: expected NonNegativeDecimal, found -3",
    ]);
    json.data.shifts[0].quantity.amount = "3";
    const noActor = decodeCommand({
      ...json,
      metadata: { commandId: "c", occurredAt: "2007-01-01T00:00:00Z" },
    });
    expect(E.isLeft(noActor) && noActor.left[0]?.message).toContain("at metadata.actor");
  });
});
