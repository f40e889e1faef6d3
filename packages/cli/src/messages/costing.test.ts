import { HOURS, type ShiftCosting, parseDecimal } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { numberFormats } from "../format/numbers";
import { messagesFor } from "./catalogue";

const d = (s: string) => parseDecimal(s)!;
const bmw = { group: "armoede", line: "BMW" };
const gs = { group: "armoede", line: "GS" };

const worded = (lang: "nl" | "en", c: ShiftCosting) => {
  const m = messagesFor(lang);
  const f = numberFormats(m);
  return m.money.costing(c, { money: f.money, hours: (amount) => f.quantity({ kind: HOURS, amount }) });
};

describe("a money shift's costing, worded from its data", () => {
  const byHours: ShiftCosting = {
    code: "hours-at-tariff",
    hours: d("12"),
    tariff: d("77.55"),
    from: bmw,
    to: gs,
    amount: d("930.6"),
    linked: [{ line: gs, tariff: d("62.25"), hours: d("14.95"), exact: false }],
  };
  const inEuros: ShiftCosting = {
    code: "euros",
    from: bmw,
    to: gs,
    amount: d("5000"),
    linked: [{ line: bmw, tariff: d("77.55"), hours: d("64.47"), exact: false }],
  };

  it("in Dutch by default: euros as € 5.000, hours as uur, both lines named", () => {
    expect(worded("nl", byHours)).toBe(
      "12 uur × € 77,55 = € 930,60 van armoede/BMW naar armoede/GS; op armoede/GS à € 62,25 per uur: ≈ 14,95 uur",
    );
    expect(worded("nl", inEuros)).toBe(
      "€ 5.000 van armoede/BMW naar armoede/GS; op armoede/BMW à € 77,55 per uur: ≈ 64,47 uur",
    );
    expect(worded("nl", { ...inEuros, linked: [] })).toBe("€ 5.000 van armoede/BMW naar armoede/GS");
  });

  it("in English with --lang en", () => {
    expect(worded("en", byHours)).toBe(
      "12 hours × €77.55 = €930.60 from armoede/BMW to armoede/GS; on armoede/GS at €62.25 an hour: ≈ 14.95 hours",
    );
    expect(worded("en", { ...inEuros, amount: d("5000.5"), linked: [] })).toBe(
      "€5,000.50 from armoede/BMW to armoede/GS",
    );
  });

  it("quotes a legacy text (English, written by the core before costings were data) inside a Dutch sentence", () => {
    const legacy: ShiftCosting = { code: "legacy", text: "handmatig: 10 h" };
    expect(worded("nl", legacy)).toBe('zoals vastgelegd (Engels): "handmatig: 10 h"');
    expect(worded("en", legacy)).toBe("as recorded: handmatig: 10 h");
  });
});
