import { FindingCode, wordFinding } from "@grant-ledger/importer";
import { describe, expect, it } from "vitest";
import { LANGS, messagesFor } from "./catalogue";

const FORMATS = {
  units: (a: string, k: string) => `${a} ${k}`,
  number: (t: string) => t,
  kind: (k: string) => k,
};

/** Values for any code: every name it asks for reads `1` (enough to word it, whatever its shape). */
const anyValues = new Proxy({} as Record<string, string>, {
  get: (_, name) => (typeof name === "string" ? "1" : undefined),
});

describe("the importer's coded findings in the catalogues", () => {
  // From the codec's list, not a hand list: a code the importer adds fails here until both
  // catalogues word it (the types say so too, but a catalogue typed loosely would not).
  const codes = Object.keys(FindingCode.keys);

  it.each(LANGS)("every finding code has a wording in %s", (lang) => {
    const words = messagesFor(lang).reconcile.findingWords(FORMATS) as Record<string, unknown>;
    const missing = codes.filter((code) => typeof words[code] !== "function");
    expect(missing).toEqual([]);
    for (const code of codes)
      expect(
        wordFinding({ code, values: anyValues }, messagesFor(lang).reconcile.findingWords(FORMATS)),
      ).toMatch(/\S/);
  });

  it("words each code differently in Dutch than in English (none left in English)", () => {
    const nl = messagesFor("nl").reconcile.findingWords(FORMATS);
    const en = messagesFor("en").reconcile.findingWords(FORMATS);
    const same = codes.filter(
      (code) => wordFinding({ code, values: anyValues }, nl) === wordFinding({ code, values: anyValues }, en),
    );
    expect(same).toEqual([]);
  });

  it("leaves a code this version does not know to the importer's English message", () => {
    expect(
      wordFinding({ code: "from-a-later-version" }, messagesFor("nl").reconcile.findingWords(FORMATS)),
    ).toBe(undefined);
  });
});
