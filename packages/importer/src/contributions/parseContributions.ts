import {
  type Contribution,
  type Contributions,
  type Decimal,
  type FundingParty,
  type FundingRole,
  ZERO,
  add,
  contributionAmount,
  equals,
  multiply,
  parseDutchDecimal,
  round,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { type Coded, coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import { formatDutch } from "../table/dutchFormat";
import type { Table } from "../table/readTable";

type Column = "party" | "role" | "lead" | "item" | "amount" | "hours" | "rate";

const HEADINGS: Record<Column, RegExp> = {
  party: /^(partij|financier|partner|organisatie|party)$/i,
  role: /^(rol|role)$/i,
  lead: /^(t\s*\/\s*p|trekker|lead)$/i,
  item: /^(bijdrage|post|omschrijving|wat|item|onderdeel)$/i,
  amount: /^(bedrag|kosten|totaal|amount)(\s+in\s+€)?$/i,
  hours: /^(uren|hours)$/i,
  rate: /^(tarief|rate)(\s+in\s+€)?$/i,
};

const ROLES: readonly [RegExp, FundingRole][] = [
  [/^(co-?\s?financier|medefinancier|co-?funder)$/i, "co-funder"],
  [/^(financier|subsidiegever|funder)$/i, "funder"],
  [/^(uitvoerend(e)? partner|uitvoerder|partner|executing partner)$/i, "executing-partner"],
];

const euros = (raw: string) =>
  parseDutchDecimal(
    raw
      .trim()
      .replace(/^€\s*/, "")
      .replace(/^EUR\s*/i, ""),
  );

export interface ContributionsRead {
  readonly contributions: Contributions;
  readonly total: Decimal;
  readonly discrepancies: Discrepancy[];
}

/**
 * Reads partner contributions: one row per party and item (a blank party continues the one
 * above), an amount in cash, or hours at a rate in kind (then the amount, when printed, must be
 * hours × rate). A role the table does not give or that is not known is read as co-funder, and
 * said in a note; a `Totaal` row is checked against the rows.
 */
export const parseContributions = (source: Table): ContributionsRead => {
  const { file } = source;
  const out: Discrepancy[] = [];
  const [header, ...body] = source.rows;
  const index = new Map<Column, number>();
  for (const c of Object.keys(HEADINGS) as Column[]) {
    const i = header?.cells.findIndex((h) => HEADINGS[c].test(h.trim())) ?? -1;
    if (i >= 0) index.set(c, i);
  }
  const missing = (["party", "amount"] as const).filter(
    (c) => !index.has(c) && !(c === "amount" && index.has("hours")),
  );
  if (missing.length > 0) {
    out.push({
      kind: "missing-column",
      file,
      line: header?.line ?? 1,
      expected: "Partij and Bedrag columns (or Uren and Tarief)",
      found: header?.cells.join(" | ") ?? "no header",
      ...coded("contributions-missing-column", { columns: missing.join(",") }),
    });
    return { contributions: { parties: [], contributions: [] }, total: ZERO, discrepancies: out };
  }
  const cell = (cells: readonly string[], c: Column) => {
    const i = index.get(c);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const parties = new Map<string, FundingParty>();
  const contributions: Contribution[] = [];
  let party: FundingParty | undefined;
  let total = ZERO;
  for (const row of body) {
    const problem = (
      kind: Discrepancy["kind"],
      expected: string,
      found: string,
      finding: Coded,
      note = false,
    ) =>
      out.push({
        kind,
        file,
        line: row.line,
        expected,
        found,
        ...finding,
        ...(note ? { severity: "note" as const } : {}),
      });
    const name = cell(row.cells, "party");
    const item = cell(row.cells, "item");
    if (/^tota/i.test(name) || /^tota/i.test(item)) {
      const printed = euros(cell(row.cells, "amount"));
      if (E.isRight(printed) && !equals(round(total, printed.right.scale), printed.right))
        problem(
          "contribution",
          formatDutch(total),
          cell(row.cells, "amount"),
          coded("contributions-total", { exact: toDecimalString(total), raw: cell(row.cells, "amount") }),
        );
      continue;
    }
    if (name !== "") {
      const id = slug(name);
      const known = parties.get(id);
      if (known !== undefined) party = known;
      else {
        const roleText = cell(row.cells, "role");
        const role = ROLES.find(([re]) => re.test(roleText))?.[1];
        if (role === undefined)
          problem(
            "contribution",
            "a role: financier, cofinancier or partner",
            roleText || "no role",
            coded("contribution-role", { party: name, ...(roleText === "" ? {} : { role: roleText }) }),
            true,
          );
        const lead = cell(row.cells, "lead").toUpperCase();
        party = { id, name, role: role ?? "co-funder", ...(lead === "T" || lead === "P" ? { lead } : {}) };
        parties.set(id, party);
      }
    }
    if (party === undefined) {
      problem(
        "contribution",
        "a party",
        "a blank party on the first row",
        coded("contribution-without-party", {}),
      );
      continue;
    }
    const hours = cell(row.cells, "hours");
    const rate = cell(row.cells, "rate");
    const amountText = cell(row.cells, "amount");
    let c: Contribution | undefined;
    if (hours !== "" && rate !== "") {
      const h = parseDutchDecimal(hours);
      const r = euros(rate);
      if (E.isLeft(h) || E.isLeft(r)) {
        problem(
          "not-a-number",
          "hours and a rate such as 100 and 85",
          `${hours} | ${rate}`,
          coded("contribution-hours-rate", { party: party.name, item }),
        );
        continue;
      }
      c = { partyId: party.id, item, form: "in-kind", hours: h.right, rate: r.right };
      const printed = euros(amountText);
      const exact = multiply(h.right, r.right);
      if (
        amountText !== "" &&
        E.isRight(printed) &&
        !equals(round(exact, printed.right.scale), printed.right)
      )
        problem(
          "contribution",
          formatDutch(exact),
          amountText,
          coded("contribution-in-kind", {
            party: party.name,
            item,
            hours,
            rate,
            exact: toDecimalString(exact),
            raw: amountText,
          }),
        );
    } else {
      const a = euros(amountText);
      if (E.isLeft(a)) {
        problem(
          "not-a-number",
          "an amount such as € 10.000",
          amountText || "an empty cell",
          coded("contribution-not-a-number", {
            party: party.name,
            item,
            raw: amountText,
            reason: a.left.message,
          }),
        );
        continue;
      }
      c = { partyId: party.id, item, form: "cash", amount: a.right };
    }
    contributions.push(c);
    total = add(total, contributionAmount(c));
  }
  return { contributions: { parties: [...parties.values()], contributions }, total, discrepancies: out };
};
