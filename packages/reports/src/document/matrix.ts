import { toDecimalString } from "@grant-ledger/core";
import {
  contractMatrixOf,
  offerVersusContract,
  planMatrixOf,
  realisation,
  realisedPerCellOf,
} from "@grant-ledger/views";
import type { Sources } from "../source/sources";
import type { MatrixCell } from "./document";

/**
 * The cells of the matrix picture (positions known per district only): the contract as last
 * approved, as it stands, and what was realised in the periods the report covers, summed.
 */
export const matrixCells = (sources: Sources, agreementId: string, period?: string): MatrixCell[] => {
  const contract = contractMatrixOf(sources(offerVersusContract), agreementId);
  const current = planMatrixOf(sources(realisation), agreementId);
  const realised = realisedPerCellOf(sources(realisation), agreementId, period) ?? new Map();
  const keys = [...new Set([...contract.keys(), ...current.keys()])].sort();
  return keys.flatMap((key): MatrixCell[] => {
    const c = contract.get(key);
    const n = current.get(key);
    const p = (c ?? n)!.position;
    if (p.workType === undefined || p.district === undefined) return [];
    const done = realised.get(key);
    return [
      {
        key,
        resultArea: p.resultArea,
        workType: p.workType,
        district: p.district,
        kind: (c ?? n)!.quantity.kind,
        contract: c === undefined ? null : toDecimalString(c.quantity.amount),
        current: n === undefined ? null : toDecimalString(n.quantity.amount),
        realised: done === undefined ? null : toDecimalString(done),
      },
    ];
  });
};
