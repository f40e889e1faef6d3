import {
  type Cell,
  type CellChange,
  type CellEffect,
  type JsonObject,
  type Position,
  type Quantity,
  type Shift,
  type Verdict,
  ZERO,
  add,
  cellKey,
  positionKey,
  subtract,
} from "@grant-ledger/core";
import type { ViewEvent } from "../event/viewEvent";
import { provenanceJson, quantityFrom, quantityJson } from "../rows/encoding";
import { type Row, type RowReader, type RowView, type RowWrite, foldOf, revisionKey } from "../rows/rows";

export const AGREEMENT = "agreement";
/** History rows of one position: `history:2/OBW/Velden`, `history:2/OBW/*`. */
export const historyGroup = (p: Position): string => `history:${positionKey(p)}`;
const CURRENT = "current";
const REQUEST = "request";
const REALISED = "realised";

export type HistoryStep =
  | "offered"
  | "negotiated"
  | "signed"
  | "reallocation-requested"
  | "reallocation-applied"
  | "reallocation-approved"
  | "reallocation-rejected"
  | "amended"
  | "result-reported";

const q = (x: Quantity | null | undefined) => (x === null || x === undefined ? null : quantityJson(x));

interface Entry {
  readonly position: Position;
  readonly step: HistoryStep;
  readonly before: Quantity | null | undefined;
  readonly after: Quantity | null | undefined;
  readonly reason?: string | undefined;
}

/** An event's entries, and what they all share beyond provenance (request, verdicts, round...). */
interface EventEntries {
  readonly extra: JsonObject;
  readonly entries: readonly Entry[];
}

const NONE: EventEntries = { extra: {}, entries: [] };

const trace = (verdicts: readonly Verdict[], policyVersion: number): JsonObject => ({
  verdicts: verdicts.map((v) => ({ rule: v.rule, outcome: v.outcome, explanation: v.explanation })),
  policyVersion,
});

/** What the cells a request names would hold after it: before ∓ each shift. */
const requestedEntries = (shifts: readonly Shift[], current: (c: Cell) => Quantity | undefined) => {
  const after = new Map<string, { cell: Cell; before: Quantity | undefined; after: Quantity }>();
  const move = (c: Cell, s: Shift, sign: 1 | -1) => {
    const key = cellKey(c);
    const known = after.get(key);
    const before = known?.before ?? current(c);
    const from = known?.after ?? before ?? { kind: s.quantity.kind, amount: ZERO };
    const amount =
      sign === 1 ? add(from.amount, s.quantity.amount) : subtract(from.amount, s.quantity.amount);
    after.set(key, { cell: c, before, after: { kind: s.quantity.kind, amount } });
  };
  for (const s of shifts) {
    move(s.from, s, -1);
    move(s.to, s, 1);
  }
  return [...after.values()];
};

const changeEntries = (changes: readonly CellChange[], step: HistoryStep): Entry[] =>
  changes.map((c) => ({ position: c.position, step, before: c.from, after: c.to, reason: c.reason }));

const effectEntries = (effects: readonly CellEffect[], step: HistoryStep, reason: string): Entry[] =>
  effects.map((e) => ({ position: e.cell, step, before: e.before, after: e.after, reason }));

/** The entries one event adds to the history of the positions it touches. */
const entriesOf = (e: ViewEvent, rows: RowReader): EventEntries => {
  const current = (c: Cell) => quantityFrom(rows.get(CURRENT, cellKey(c))?.quantity);
  const event = e.event;
  switch (event.type) {
    case "AgreementProposed":
      return {
        extra: {},
        entries: event.data.offer.map((o) => ({
          position: o.position,
          step: "offered",
          before: null,
          after: o.quantity,
        })),
      };
    case "AgreementNegotiated":
      return {
        extra: { round: event.data.round },
        entries: changeEntries(event.data.cellChanges, "negotiated"),
      };
    case "AgreementSigned":
      return {
        extra: {},
        entries: event.data.baseline.map((b) => ({
          position: b.position,
          step: "signed",
          before: null,
          after: b.quantity,
        })),
      };
    case "ReallocationRequested":
      return {
        extra: { requestId: event.data.requestId, ...trace(event.data.verdicts, event.data.policyVersion) },
        entries: requestedEntries(event.data.shifts, current).map((x) => ({
          position: x.cell,
          step: "reallocation-requested",
          before: x.before,
          after: x.after,
          reason: event.data.reason,
        })),
      };
    case "ReallocationApplied":
    case "ReallocationApproved":
      return {
        extra: { requestId: event.data.requestId, ...trace(event.data.verdicts, event.data.policyVersion) },
        entries: effectEntries(
          event.data.effects,
          event.type === "ReallocationApplied" ? "reallocation-applied" : "reallocation-approved",
          event.data.reason,
        ),
      };
    case "ReallocationRejected": {
      const cells = (rows.get(REQUEST, event.data.requestId)?.cells ?? []) as string[];
      return {
        extra: { requestId: event.data.requestId },
        entries: cells.map((key) => {
          const [ra = "", wt = "", d = ""] = key.split("/");
          const c: Cell = { resultArea: ra, workType: wt, district: d };
          const value = current(c);
          return {
            position: c,
            step: "reallocation-rejected",
            before: value,
            after: value,
            reason: event.data.reason,
          };
        }),
      };
    }
    case "AgreementAmended":
      return {
        extra: { amendmentId: event.data.amendmentId, amendmentReason: event.data.reason },
        entries: changeEntries(event.data.changes, "amended"),
      };
    case "ResultReported":
      return {
        extra: { period: event.data.period },
        entries: event.data.realised.map((r) => ({
          position: r.position,
          step: "result-reported",
          before: quantityFrom(
            rows.get(REALISED, `${event.data.period}|${positionKey(r.position)}`)?.quantity,
          ),
          after: r.quantity,
        })),
      };
    default:
      return NONE;
  }
};

/** The rows the history keeps to state values before and after: current contract values, open requests, reports. */
const workingRows = (e: ViewEvent): RowWrite[] => {
  const event = e.event;
  const setCurrent = (p: Position, x: Quantity | null): RowWrite => ({
    group: CURRENT,
    key: positionKey(p),
    row: x === null ? null : { quantity: quantityJson(x) },
  });
  switch (event.type) {
    case "AgreementProposed":
      return [{ group: AGREEMENT, key: "", row: { agreementId: event.data.agreementId } }];
    case "AgreementSigned":
      return event.data.baseline.map((b) => setCurrent(b.position, b.quantity));
    case "ReallocationRequested": {
      const cells = [...new Set(event.data.shifts.flatMap((s) => [cellKey(s.from), cellKey(s.to)]))];
      return [{ group: REQUEST, key: event.data.requestId, row: { cells } }];
    }
    case "ReallocationApplied":
    case "ReallocationApproved":
      return [
        ...event.data.effects.map((x) => setCurrent(x.cell, x.after)),
        { group: REQUEST, key: event.data.requestId, row: null },
      ];
    case "ReallocationRejected":
      return [{ group: REQUEST, key: event.data.requestId, row: null }];
    case "AgreementAmended":
      return event.data.changes.map((c) => setCurrent(c.position, c.to));
    case "ResultReported":
      return event.data.realised.map((r) => ({
        group: REALISED,
        key: `${event.data.period}|${positionKey(r.position)}`,
        row: { quantity: quantityJson(r.quantity) },
      }));
    default:
      return [];
  }
};

/** What every entry of one event shares (who, when, why, and for reallocations the verdicts): kept once per event. */
export const EVENT = "event";

/**
 * Every change to a position, from the offer through negotiation rounds, signing, each
 * reallocation step, amendments and result reports: who, when, why, value before and after.
 * History rows are append-only, keyed by position and revision. A row holds only what is its
 * own (step, before, after, reason); what all rows of one event share is one `event` row, so
 * a shift that touches two cells does not store its seven verdicts twice (`historyOf` joins them).
 */
export const cellHistory: RowView = {
  name: "cell_history",
  // 2: the event's shared part (provenance, verdicts, policy version) in one `event` row.
  version: 2,
  step: (e: ViewEvent, rows: RowReader): readonly RowWrite[] => {
    const { extra, entries } = entriesOf(e, rows);
    const working = workingRows(e);
    if (entries.length === 0) return working;
    const revision = revisionKey(e.revision);
    const writes: RowWrite[] = [
      { group: EVENT, key: revision, row: { provenance: provenanceJson(e), extra } },
    ];
    for (let i = 0; i < entries.length; i++) {
      const x = entries[i] as Entry;
      const row: Row = { step: x.step, before: q(x.before), after: q(x.after) };
      if (x.reason !== undefined) row.reason = x.reason;
      writes.push({ group: historyGroup(x.position), key: `${revision}-${String(i).padStart(4, "0")}`, row });
    }
    for (const w of working) writes.push(w);
    return writes;
  },
};

export const cellHistoryFold = foldOf(cellHistory);

/** Whether the view has seen the agreement at all. */
export const knowsAgreement = (
  source: { get: (a: string, g: string, k: string) => Row | undefined },
  id: string,
) => source.get(id, AGREEMENT, "") !== undefined;
