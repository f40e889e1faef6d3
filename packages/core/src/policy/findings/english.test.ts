import { describe, expect, it } from "vitest";
import { englishFindings } from "./english";
import { finding, wordFindings } from "./finding";

describe("the recorded English wording", () => {
  it("words the same amount in each unit kind as that kind, however often and in whatever order it is asked", () => {
    const say = (amount: string, kind: string) =>
      wordFindings([finding("total-stays", { kind, total: amount })], englishFindings);
    for (let round = 0; round < 3; round++) {
      expect(say("36146", "hours")).toBe("the hours total stays 36 146 h");
      expect(say("36146", "euros")).toBe("the euros total stays € 36 146");
      expect(say("36146", "groups")).toBe("the groups total stays 36 146 groups");
      expect(say("4986.75", "hours")).toBe("the hours total stays 4 986.75 h");
      // Recorded findings are decoded as strings: a value in another form is worded as it reads.
      expect(say("2.50", "hours")).toBe("the hours total stays 2.5 h");
    }
  });

  it("keeps only the values a finding has", () => {
    expect(finding("no-shifts", {})).toEqual({ code: "no-shifts" });
    const found = finding("insufficient", {
      amount: "5",
      kind: "hours",
      from: "a",
      holds: "2",
      shift: undefined,
    });
    expect(found).toEqual({
      code: "insufficient",
      values: { amount: "5", kind: "hours", from: "a", holds: "2" },
    });
    expect(Object.keys(found.values ?? {})).toEqual(["amount", "kind", "from", "holds"]);
  });
});
