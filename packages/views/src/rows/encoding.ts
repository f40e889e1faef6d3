import {
  Actor,
  type Decimal,
  type JsonObject,
  type JsonValue,
  type Position,
  type Quantity,
  type UnitKind,
  parseDecimal,
  positionKey,
  toDecimalString,
} from "@grant-ledger/core";
import type { ViewEvent } from "../event/viewEvent";

/**
 * Rows hold JSON as a report would print it: decimals as exact strings (`"4986.75"`),
 * quantities as `{ kind, amount }`, positions as objects and `2/OBW/*` keys.
 */
export const quantityJson = (q: Quantity): JsonObject => ({
  kind: q.kind,
  amount: toDecimalString(q.amount),
});

/**
 * Reads back a quantity a step wrote. Rows are ours, written by `quantityJson`, so this parses
 * rather than decodes (a codec pass per row read was most of a step's cost); a bad row is a bug
 * and throws.
 */
export const quantityFrom = (json: JsonValue | undefined): Quantity | undefined => {
  if (json === undefined || json === null) return undefined;
  const { kind, amount } = json as { kind?: unknown; amount?: unknown };
  const d = typeof amount === "string" ? parseDecimal(amount) : undefined;
  if (typeof kind !== "string" || d === undefined)
    throw new Error(`not a quantity in a view row: ${JSON.stringify(json)}`);
  return { kind: kind as Quantity["kind"], amount: d };
};

export const decimalFrom = (text: JsonValue | undefined): Decimal | undefined => {
  if (typeof text !== "string") return undefined;
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`not a decimal in a view row: ${JSON.stringify(text)}`);
  return d;
};

export const positionJson = (p: Position): JsonObject => ({
  key: positionKey(p),
  resultArea: p.resultArea,
  ...(p.workType === undefined ? {} : { workType: p.workType }),
  ...(p.district === undefined ? {} : { district: p.district }),
});

/** Totals per unit kind as `{ hours: "8365", groups: "82" }`, kinds in sorted order. */
export const totalsJson = (totals: ReadonlyMap<UnitKind, Decimal>): JsonObject =>
  Object.fromEntries(
    [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, d]) => [k, toDecimalString(d)]),
  );

export const totalsFrom = (json: JsonValue | undefined): Map<UnitKind, Decimal> => {
  const out = new Map<UnitKind, Decimal>();
  if (json === undefined || json === null || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [k, v] of Object.entries(json)) {
    const d = decimalFrom(v);
    if (d !== undefined) out.set(k as UnitKind, d);
  }
  return out;
};

export type Provenance = {
  revision: number;
  globalPosition: number;
  type: string;
  actor: JsonObject;
  occurredAt: string;
  recordedAt: string;
  reason?: string;
};

/** Who, when and why, as every history row states it. */
export const provenanceJson = (e: ViewEvent): Provenance => {
  const m = e.event.metadata;
  return {
    revision: e.revision,
    globalPosition: e.globalPosition,
    type: e.event.type,
    actor: Actor.encode(m.actor) as unknown as JsonObject,
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
    ...(m.reason === undefined ? {} : { reason: m.reason }),
  };
};

/** The ledger's time of an event, as the agreement's evolve reads it. */
export const ledgerTimeOf = (e: ViewEvent): string =>
  e.event.metadata.recordedAt || e.event.metadata.occurredAt;
