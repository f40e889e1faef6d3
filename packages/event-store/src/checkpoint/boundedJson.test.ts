import { describe, expect, it } from "vitest";
import { checkJsonBounds } from "./boundedJson";
import { parseCheckpointFile } from "./sign";

describe("checkpoint file bounds", () => {
  it("refuses a deeply nested file before parsing it (it overflowed the stack)", () => {
    const deep = `{"checkpoint":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const parsed = parseCheckpointFile(deep);
    expect(parsed).toEqual({
      _tag: "Left",
      left: {
        _tag: "InvalidCheckpointFile",
        problems: [expect.stringMatching(/nested more than 16 levels/)],
      },
    });
  });

  it("refuses an oversized file and counts brackets inside strings as text", () => {
    expect(checkJsonBounds("x".repeat(11), 10, 4)).toMatch(/more than the limit of 10/);
    expect(checkJsonBounds(`{"a":"[[[[[[\\"[[["}`, 100, 2)).toBeUndefined();
    expect(checkJsonBounds(`{"a":[[1]]}`, 100, 2)).toMatch(/nested more than 2/);
  });
});
