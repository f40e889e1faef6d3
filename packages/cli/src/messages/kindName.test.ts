import { parseDecimal } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { numberFormats } from "../format/numbers";
import { kindName, messagesFor } from "./catalogue";

describe("unit kind words", () => {
  it("word the kinds the catalogue knows, and show any other kind as it is", () => {
    expect(kindName(messagesFor("nl"), "hours")).toBe("uur");
    expect(kindName(messagesFor("en"), "groups")).toBe("groups");
    expect(kindName(messagesFor("nl"), "trajecten")).toBe("trajecten");
  });

  it("never take a word from Object.prototype (found by R3: `function Object() { [native code] }`)", () => {
    for (const kind of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(kindName(messagesFor("nl"), kind)).toBe(kind);
      const amount = parseDecimal("8365");
      if (amount === undefined) throw new Error("not a decimal");
      expect(numberFormats(messagesFor("nl")).quantity({ kind: kind as never, amount })).toBe(
        `8.365 ${kind}`,
      );
    }
  });
});
