import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type Cell, cell, normaliseResultArea, normaliseWorkType } from "../cell/cell";
import { isNonBlank } from "../codec/text";
import { type Decimal, add, multiply, round } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";

const Text = t.refinement(t.string, isNonBlank, "NonEmptyString");

/** An exact, non-negative amount of euros as a decimal string: `"386722.4625"`. Never rounded. */
export const Euros = NonNegativeDecimal;

const code = (name: string, normalise: (s: string) => string, what: string) =>
  new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === "string" && isNonBlank(u) && !u.includes("/") && normalise(u) === u,
    (u, c) =>
      typeof u === "string" && isNonBlank(u) && !u.includes("/")
        ? t.success(normalise(u))
        : t.failure(u, c, `expected ${what}: not blank, without "/"`),
    (s) => s,
  );

/** A budget group's code (`armoede`, `1`): normalised like a result area, since a group plays its part in the policy. */
export const BudgetGroupCode = code("BudgetGroupCode", normaliseResultArea, "a budget group code");
/** A budget line's code within its group (`BMW`), normalised like a work type. */
export const BudgetLineCode = code("BudgetLineCode", normaliseWorkType, "a budget line code");

/** A factor of a calculation with its unit kept: `3 uur per week`, `104 weken`, `137 woningen`. */
export const Factor = t.type({ amount: NonNegativeDecimal, unit: Text }, "Factor");
export type Factor = t.TypeOf<typeof Factor>;

const LumpSumPart = t.type({ amount: Euros, label: t.string }, "LumpSumPart");

const FteCosting = t.type(
  { kind: t.literal("fte"), fte: NonNegativeDecimal, hoursPerFte: NonNegativeDecimal, tariff: Euros },
  "FteCosting",
);
const HoursCosting = t.type(
  { kind: t.literal("hours"), hours: NonNegativeDecimal, tariff: Euros },
  "HoursCosting",
);
const QuantityCosting = t.intersection(
  [
    t.type({ kind: t.literal("quantity"), factors: t.array(Factor), rate: Euros }),
    t.partial({ lumpSum: LumpSumPart }),
  ],
  "QuantityCosting",
);
const LumpSumCosting = t.type({ kind: t.literal("lump-sum"), amount: Euros }, "LumpSumCosting");
const ToBeDetermined = t.type({ kind: t.literal("to-be-determined") }, "ToBeDetermined");

/**
 * How a line is costed, in the shapes the documents use: fte × hours per fte × tariff; hours ×
 * tariff; quantity × unit × rate (+ a lump-sum part, `+ € 6.000 procesgeld`); a lump sum; or an
 * amount still to be determined.
 */
export const Costing = t.union(
  [FteCosting, HoursCosting, QuantityCosting, LumpSumCosting, ToBeDetermined],
  "Costing",
);
export type Costing = t.TypeOf<typeof Costing>;

/** How the line's document rounded it when printing: to whole euros or to cents (half away from zero). */
export const Presentation = t.keyof({ euros: null, cents: null }, "Presentation");
export type Presentation = t.TypeOf<typeof Presentation>;

export const BudgetLine = t.intersection(
  [
    t.type({ code: BudgetLineCode, name: Text, costing: Costing, presented: Presentation }),
    t.partial({ note: t.string }),
  ],
  "BudgetLine",
);
export type BudgetLine = t.TypeOf<typeof BudgetLine>;

/**
 * The exact amount of a costing, undefined while it is to be determined. Hours from fte stay
 * unrounded: 3,27 fte × 1525 × € 77,55 = € 386.722,4625.
 */
export const costingAmount = (c: Costing): Decimal | undefined => {
  switch (c.kind) {
    case "fte":
      return multiply(multiply(c.fte, c.hoursPerFte), c.tariff);
    case "hours":
      return multiply(c.hours, c.tariff);
    case "quantity": {
      const product = c.factors.reduce((p, f) => multiply(p, f.amount), c.rate);
      return c.lumpSum === undefined ? product : add(product, c.lumpSum.amount);
    }
    case "lump-sum":
      return c.amount;
    case "to-be-determined":
      return undefined;
  }
};

/** Hours and tariff of a line costed from hours: moving its hours moves their cost at this tariff. */
export const hourCosting = (c: Costing): { hours: Decimal; tariff: Decimal } | undefined =>
  c.kind === "fte"
    ? { hours: multiply(c.fte, c.hoursPerFte), tariff: c.tariff }
    : c.kind === "hours"
      ? { hours: c.hours, tariff: c.tariff }
      : undefined;

/** An exact amount rounded the way the line's document presents it. */
export const presented = (amount: Decimal, how: Presentation): Decimal =>
  round(amount, how === "euros" ? 0 : 2);

/** The district every budget line sits in when the policy engine sees the budget as a matrix. */
export const BUDGET_DISTRICT = "Budget";

/** A line as a cell of the policy engine: group as result area, line as work type. */
export const lineCell = (group: string, line: string): Cell => cell(group, line, BUDGET_DISTRICT);

/** `armoede/BMW`: how commands, events and messages name a line. */
export interface BudgetLineRef {
  readonly group: string;
  readonly line: string;
}

export const lineRefKey = (r: BudgetLineRef): string => `${r.group}/${r.line}`;

export const BudgetLineRefCodec = new t.Type<BudgetLineRef, string, unknown>(
  "BudgetLineRef",
  (u): u is BudgetLineRef =>
    typeof u === "object" && u !== null && typeof (u as BudgetLineRef).group === "string",
  (u, c) => {
    const parts = typeof u === "string" ? u.split("/") : [];
    const [group = "", line = ""] = parts;
    return parts.length === 2 && isNonBlank(group) && isNonBlank(line)
      ? t.success({ group: normaliseResultArea(group), line: normaliseWorkType(line) })
      : t.failure(u, c, 'expected a budget line as "<group>/<line>", such as "armoede/BMW"');
  },
  lineRefKey,
);

export const refOfCell = (c: Cell): BudgetLineRef => ({ group: c.resultArea, line: c.workType });

export const parseLineRef = (text: string): E.Either<string, BudgetLineRef> =>
  E.mapLeft(() => `${JSON.stringify(text)} is not a budget line: expected <group>/<line>`)(
    BudgetLineRefCodec.decode(text),
  );
