import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { decodeWithoutFastPaths } from "../codec/fastPath";
import { approveReallocation, proposeExample, requestReallocation, shift, signBy } from "../testing";
import { type Command, commandCodecs, decodeCommand, encodeCommand } from "./catalogue";

const samples = (): Command[] => [
  proposeExample(),
  signBy("provider"),
  signBy("municipality"),
  requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", "2.5")]),
  approveReallocation("r1"),
];

// Replacements for one member at a time: wrong types, blanks, near-valid numbers and dates.
const replacements: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "-5",
  "2.5",
  "1e3",
  0,
  -1,
  2.5,
  true,
  [],
  {},
  "2007-02-29",
];

/** Every copy of `u` with one member (at any depth) replaced by each replacement. */
const mutations = function* (u: unknown): Generator<unknown> {
  if (typeof u !== "object" || u === null) return;
  const entries = Array.isArray(u) ? u.map((v, i) => [i, v] as const) : Object.entries(u);
  for (const [key, value] of entries) {
    const copy = (v: unknown) =>
      Array.isArray(u) ? Object.assign([...u], { [key]: v }) : { ...u, [key]: v };
    for (const r of replacements) yield copy(r);
    for (const inner of mutations(value)) yield copy(inner);
  }
};

const reference = (raw: { type: keyof typeof commandCodecs }) =>
  decodeWithoutFastPaths(commandCodecs[raw.type] as unknown as t.Type<Command>, raw);

describe("decodeCommand's fast path", () => {
  it("returns what the codecs return for valid commands", () => {
    for (const command of samples()) {
      const wire = JSON.parse(JSON.stringify(encodeCommand(command)));
      expect(decodeCommand(wire)).toStrictEqual(reference(wire));
      expect(decodeCommand(wire)).toStrictEqual(E.right(command));
    }
  });

  it("accepts and refuses exactly what the codecs do for every one-member mutation", () => {
    let refused = 0;
    for (const command of samples()) {
      const wire = JSON.parse(JSON.stringify(encodeCommand(command)));
      for (const mutated of mutations({ data: wire.data, metadata: wire.metadata })) {
        const raw = { type: wire.type, ...(mutated as object) };
        const fast = decodeCommand(raw);
        const slow = reference(raw);
        expect(E.isRight(fast)).toBe(E.isRight(slow));
        if (E.isRight(fast) && E.isRight(slow)) expect(fast.right).toStrictEqual(slow.right);
        else refused++;
      }
    }
    // The mutations must reach refusals, or the comparison proves nothing.
    expect(refused).toBeGreaterThan(100);
  });
});
