import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { cell } from "../cell/cell";
import { describeDecodeErrors } from "../codec/decodeError";
import { decimal } from "../quantity/decimal";
import { ReallocationPolicy, cellLimitFor, defaultPolicy } from "./policy";

const decode = (u: unknown) => E.mapLeft(describeDecodeErrors)(ReallocationPolicy.decode(u));

describe("ReallocationPolicy codec", () => {
  it("fills every field left out with its default; only the version is required", () => {
    expect(decode({ version: 1 })).toEqual(E.right(defaultPolicy));
    expect(defaultPolicy.cumulativeThreshold).toEqual(decimal(10));
    expect(defaultPolicy.acrossResultAreas).toBe("needs-approval");
    expect(defaultPolicy.approverRoles).toEqual(["municipality"]);
  });

  it("reads cells as 6/OBW/Stad, normalised, and writes them back as keys", () => {
    const decoded = decode({
      version: 3,
      thresholdPeriod: "half-year",
      protectedCells: ["2/smw/bovenwijks"],
      receiveOnlyCells: [{ resultArea: "6", workType: "SCW 1", district: "stad" }],
      cellLimits: [{ cell: "*", maxDecreasePercent: "25" }],
    });
    expect(E.isRight(decoded)).toBe(true);
    if (E.isLeft(decoded)) return;
    expect(decoded.right.protectedCells).toEqual([cell("2", "SMW", "Bovenwijks")]);
    const encoded = ReallocationPolicy.encode(decoded.right);
    expect(encoded.protectedCells).toEqual(["2/SMW/Bovenwijks"]);
    expect(encoded.receiveOnlyCells).toEqual(["6/SCW1/Stad"]);
    expect(encoded.cumulativeThreshold).toBe("10");
    expect(decode(JSON.parse(JSON.stringify(encoded)))).toEqual(decoded);
  });

  it.each([
    [{}, /at version: expected a whole policy version of at least 1, found nothing/],
    [{ version: 1.5 }, /at version: expected a whole policy version/],
    [{ version: 1, cumulativeThreshold: "12,5" }, /at cumulativeThreshold: .*found "12,5"/],
    [{ version: 1, protectedCells: ["6/OBW"] }, /at protectedCells\[0\]: "6\/OBW" is not a cell/],
    [
      { version: 1, cellLimits: [{ cell: "*", maxDecreasePercent: "120" }] },
      /between 0 and 100, found "120"/,
    ],
    [{ version: 1, acrossResultAreas: "sometimes" }, /at acrossResultAreas: .*found "sometimes"/],
    [{ version: 1, approverRoles: [] }, /at approverRoles: at least one role must be able to approve/],
    [
      { version: 1, freezeWindows: [{ from: "2008-03-31", to: "2008-01-15", reason: "x" }] },
      /at freezeWindows\[0\]: a freeze window cannot end before it starts/,
    ],
    ["10%", /expected a reallocation policy object/],
  ])("rejects %j naming the path and the value", (input, message) => {
    const decoded = decode(input);
    expect(E.isLeft(decoded)).toBe(true);
    if (E.isLeft(decoded)) expect(decoded.left).toMatch(message);
  });

  it("lets a limit for one cell override the limit for all cells, field by field", () => {
    const decoded = decode({
      version: 1,
      cellLimits: [
        { cell: "*", maxDecreasePercent: "25", maxIncreasePercent: "50" },
        { cell: "6/OBW/Stad", maxIncreasePercent: "80" },
      ],
    });
    if (E.isLeft(decoded)) throw new Error(decoded.left);
    expect(cellLimitFor(decoded.right, cell("6", "OBW", "Stad"))).toEqual({
      maxDecreasePercent: decimal(25),
      maxIncreasePercent: decimal(80),
    });
    expect(cellLimitFor(decoded.right, cell("6", "OBW", "Monden"))).toEqual({
      maxDecreasePercent: decimal(25),
      maxIncreasePercent: decimal(50),
    });
    expect(cellLimitFor(defaultPolicy, cell("6", "OBW", "Monden"))).toEqual({});
  });
});
