import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { CellEffect } from "../agreement/changes";
import { NonEmptyString } from "../agreement/terms";
import { decodeProblems } from "../codec/decodeError";
import { type BudgetLineRef, BudgetLineRefCodec, lineRefKey } from "../funding/budgetLine";
import { BudgetShift } from "../funding/budgetShift";
import { type HoursOnLine, ShiftCosting, hoursOnLine } from "../funding/shiftCosting";
import { Verdict } from "../policy/verdict";
import { formatAmount } from "../policy/wording";
import { type Decimal, equals, isZero, multiply, parseDecimal } from "../quantity/decimal";
import { DecisionPolicyVersion } from "./reallocation";

const Trace = { verdicts: t.array(Verdict), policyVersion: DecisionPolicyVersion };
const V1Costing = { shifts: t.array(BudgetShift), costing: t.array(t.string) };

const RequestedV1Data = t.type({ requestId: NonEmptyString, ...V1Costing, reason: t.string, ...Trace });
const AppliedV1Data = t.type({
  requestId: NonEmptyString,
  ...V1Costing,
  effects: t.array(CellEffect),
  reason: t.string,
  ...Trace,
});

/** How v1 worded a costing, in English, by the core: kept here only to read v1 back exactly. */
export const v1Text = (c: Exclude<ShiftCosting, { code: "legacy" }>): string => {
  const euro = (d: Decimal) => `€ ${formatAmount(d)}`;
  const how =
    c.code === "hours-at-tariff"
      ? `${formatAmount(c.hours)} h × ${euro(c.tariff)} = ${euro(c.amount)}`
      : euro(c.amount);
  const linked = c.linked.map(
    (l) =>
      `${lineRefKey(l.line)} at ${euro(l.tariff)} an hour: ${l.exact ? "" : "≈ "}${formatAmount(l.hours)} h`,
  );
  return `${how} from ${lineRefKey(c.from)} to ${lineRefKey(c.to)}${linked.length === 0 ? "" : `; ${linked.join("; ")}`}`;
};

// v1 grouped digits with spaces: `5 000`, `4 986.75`.
const number = (text: string | undefined): Decimal | undefined =>
  text === undefined ? undefined : parseDecimal(text.replaceAll(" ", ""));

const linkedOf = (text: string): HoursOnLine | undefined => {
  const m = /^(.+) at € (.+) an hour: (≈ )?(.+) h$/.exec(text);
  const line = m?.[1] === undefined ? undefined : BudgetLineRefCodec.decode(m[1]);
  const tariff = number(m?.[2]);
  const hours = number(m?.[4]);
  if (line === undefined || E.isLeft(line) || tariff === undefined || hours === undefined) return undefined;
  return { line: line.right as BudgetLineRef, tariff, hours, exact: m?.[3] === undefined };
};

/**
 * A v1 costing text read back as data, with the shift it explains: accepted only when the data
 * words back to the very same text and moves the shift's own euros, so nothing recorded is
 * lost or reinterpreted. Anything else is kept as a legacy costing with its text.
 */
export const costingFromV1Text = (text: string, shift: BudgetShift | undefined): ShiftCosting => {
  const legacy: ShiftCosting = { code: "legacy", text };
  if (shift === undefined) return legacy;
  const route = ` from ${lineRefKey(shift.from)} to ${lineRefKey(shift.to)}`;
  const at = text.indexOf(route);
  if (at < 0) return legacy;
  const how = text.slice(0, at);
  const rest = text.slice(at + route.length);
  if (rest !== "" && !rest.startsWith("; ")) return legacy;
  const linked = rest === "" ? [] : rest.slice(2).split("; ").map(linkedOf);
  if (linked.some((l) => l === undefined)) return legacy;
  const moved = { from: shift.from, to: shift.to, amount: shift.amount, linked: linked as HoursOnLine[] };
  const byHours = /^(.+) h × € (.+) = € (.+)$/.exec(how);
  const hours = number(byHours?.[1]);
  const tariff = number(byHours?.[2]);
  const data: Exclude<ShiftCosting, { code: "legacy" }> | undefined =
    shift.hours !== undefined && hours !== undefined && tariff !== undefined
      ? { code: "hours-at-tariff", hours, tariff, ...moved }
      : shift.hours === undefined && how.startsWith("€ ")
        ? { code: "euros", ...moved }
        : undefined;
  if (data === undefined || v1Text(data) !== text) return legacy;
  // The numbers must also agree with each other as the core computed them: hours × tariff = euros,
  // and each line's hours the quotient of the euros by its tariff.
  if (
    data.code === "hours-at-tariff" &&
    !(equals(data.hours, shift.hours ?? data.hours) && equals(multiply(data.hours, data.tariff), data.amount))
  )
    return legacy;
  const recomputed = (l: HoursOnLine) =>
    !isZero(l.tariff) &&
    (({ hours, exact }) => equals(hours, l.hours) && exact === l.exact)(
      hoursOnLine(data.amount, l.line, l.tariff),
    );
  return data.linked.every(recomputed) ? data : legacy;
};

/**
 * v1 recorded each shift's costing as English text written by the core; v2 records it as data.
 * Each text becomes data where it reads back exactly (see `costingFromV1Text`), else a legacy
 * costing keeping the text; the rest of the event is kept as recorded.
 */
const toV2 = (v1: t.Decoder<unknown, t.TypeOf<typeof RequestedV1Data>>) => (data: unknown) =>
  E.bimap(decodeProblems, (old: t.TypeOf<typeof RequestedV1Data>) => ({
    ...(data as object),
    costing: t
      .array(ShiftCosting)
      .encode(old.costing.map((text, i) => costingFromV1Text(text, old.shifts[i]))),
  }))(v1.decode(data));

export const upcastBudgetReallocationRequestedV1 = toV2(RequestedV1Data);
export const upcastBudgetReallocationAppliedV1 = toV2(AppliedV1Data);
