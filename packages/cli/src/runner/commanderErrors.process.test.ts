import { describe, expect, it } from "vitest";
import { runCliProcess } from "../testing/cliProcess";

// commander's own usage errors, worded by the catalogue from commander's error code and the
// mistake's data: each as a real process, Dutch by default, English with --lang en, JSON under --json.

const firstLine = (text: string) => text.split("\n")[0];

describe("commander's own usage errors as real processes", () => {
  it.each([
    ["an unknown option", ["verify", "--strem", "x"], "onbekende optie '--strem' (bedoelt u --stream?)"],
    ["a missing argument", ["reconcile"], "verplicht argument 'manifest' ontbreekt"],
    ["an option without its value", ["verify", "--store"], "optie '--store <url>' heeft een waarde nodig"],
    [
      "an unknown command",
      ["proose"],
      "onbekende opdracht 'proose' (bedoelt u propose?); grant-ledger --help noemt ze allemaal",
    ],
    [
      "too many arguments",
      ["verify", "a", "b"],
      "te veel argumenten voor 'verify': verwacht 0 argumenten, gekregen 2",
    ],
    [
      "an invalid choice",
      ["sign", "--party", "gemeente"],
      "optie '--party <party>': 'gemeente' is geen van de keuzes (municipality, provider)",
    ],
  ])(
    "%s: Dutch, the one prefix, exit 2, the help in Dutch after it",
    async (_what, args, message) => {
      const r = await runCliProcess(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(firstLine(r.err)).toBe(`grant-ledger: ${message}`);
      expect(r.err).toMatch(/^Gebruik: grant-ledger/m);
      expect(r.err).not.toMatch(/error:|unknown|missing|too many|Allowed choices/);
    },
    60_000,
  );

  it("in English with --lang en", async () => {
    const r = await runCliProcess(["verify", "a", "--lang", "en", "--strem"]);
    expect(r.code).toBe(2);
    expect(firstLine(r.err)).toBe("grant-ledger: unknown option '--strem' (did you mean --stream?)");
    expect(r.err).toMatch(/^Usage: grant-ledger verify/m);
  }, 60_000);

  it("one JSON object on stdout under --json, in the language asked for", async () => {
    const r = await runCliProcess(["close", "--json", "--reason"]);
    expect(r).toMatchObject({ code: 2, err: "" });
    expect(JSON.parse(r.out)).toEqual({
      ok: false,
      error: { kind: "usage", exitCode: 2, message: "optie '--reason <text>' heeft een waarde nodig" },
    });
  }, 60_000);
});
