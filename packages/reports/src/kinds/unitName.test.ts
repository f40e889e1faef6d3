import { describe, expect, it } from "vitest";
import { labelsFor } from "../labels/labels";
import { unitName } from "./kind";

describe("unitName", () => {
  it("words known kinds and shows others as they are, never a word from Object.prototype", () => {
    expect(unitName("hours", labelsFor("nl"))).not.toBe("hours");
    for (const kind of ["constructor", "__proto__", "toString", "trajecten"])
      expect(unitName(kind, labelsFor("nl"))).toBe(kind);
  });
});
