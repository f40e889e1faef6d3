import {
  type JsonValue,
  type Matrix,
  type MatrixEntry,
  type UnitKind,
  ZERO,
  positionKey,
  subtract,
  toDecimalString,
  totalsByKind,
} from "@grant-ledger/core";
import {
  type Row,
  agreementEntry,
  agreementRegister,
  contractMatrixOf,
  offerVersusContract,
  pendingReallocationsOf,
  planMatrixOf,
  realisation,
  reallocationRegister,
} from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { type Table, number, text } from "../../table/table";
import { type KindDefinition, unitName } from "../kind";
import { pendingTable } from "../register/register";

interface StatePosition {
  readonly key: string;
  readonly kind: UnitKind;
  readonly contract: string | null;
  readonly current: string | null;
  /** current − contract: what reallocations moved. */
  readonly change: string;
}

const compared = (contract: Matrix, current: Matrix): StatePosition[] => {
  const keys = [...new Set([...contract.keys(), ...current.keys()])].sort();
  return keys.map((key) => {
    const c = contract.get(key);
    const n = current.get(key);
    const e = (c ?? n) as MatrixEntry;
    return {
      key: positionKey(e.position),
      kind: e.quantity.kind,
      contract: c === undefined ? null : toDecimalString(c.quantity.amount),
      current: n === undefined ? null : toDecimalString(n.quantity.amount),
      change: toDecimalString(subtract(n?.quantity.amount ?? ZERO, c?.quantity.amount ?? ZERO)),
    };
  });
};

const totals = (contract: Matrix, current: Matrix) => {
  const c = totalsByKind(contract.values());
  const n = totalsByKind(current.values());
  return [...new Set([...c.keys(), ...n.keys()])].sort().map((kind) => ({
    kind,
    contract: toDecimalString(c.get(kind) ?? ZERO),
    current: toDecimalString(n.get(kind) ?? ZERO),
    change: toDecimalString(subtract(n.get(kind) ?? ZERO, c.get(kind) ?? ZERO)),
  }));
};

/**
 * The agreement as it stands at the report's revision, from the views: status, the contract
 * as last approved against the contract as it stands (reallocations applied) per position and
 * in total, and the requests waiting for a decision (read from the register's index of open
 * requests, so the state never costs what the whole register costs).
 */
export const stateKind: KindDefinition = {
  body: (sources, p) => {
    const entry = agreementEntry(sources(agreementRegister), p.agreementId);
    if (entry === undefined) return E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId });
    const contract = contractMatrixOf(sources(offerVersusContract), p.agreementId);
    const current = planMatrixOf(sources(realisation), p.agreementId);
    return E.right({
      status: entry.status ?? null,
      lastRevision: entry.lastRevision ?? null,
      positions: compared(contract, current),
      totals: totals(contract, current),
      pending: (pendingReallocationsOf(sources(reallocationRegister), p.agreementId) ?? []) as JsonValue[],
    } as unknown as JsonValue);
  },
  tables: (body, labels): Table[] => {
    const b = body as unknown as {
      positions: StatePosition[];
      totals: { kind: string; contract: string; current: string; change: string }[];
      pending: Row[];
    };
    const k = labels.columns;
    const columns = [text(k.position), text(k.unit), number(k.contract), number(k.current), number(k.change)];
    return [
      {
        id: "positions",
        title: labels.tables.cells,
        columns,
        rows: b.positions.map((x) => [x.key, unitName(x.kind, labels), x.contract, x.current, x.change]),
      },
      {
        id: "totals",
        title: labels.tables.totals,
        columns,
        rows: b.totals.map((x) => [labels.total, unitName(x.kind, labels), x.contract, x.current, x.change]),
      },
      pendingTable(b.pending, labels),
    ];
  },
};
