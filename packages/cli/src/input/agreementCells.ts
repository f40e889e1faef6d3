import {
  type AgreementState,
  type Cell,
  type MatrixEntry,
  type UnitKind,
  UnitKind as UnitKindCodec,
  cellKey,
  isCell,
  parseCellKey,
  unitKindFromWord,
} from "@grant-ledger/core";
import { distance } from "fastest-levenshtein";
import * as E from "fp-ts/Either";
import { type Messages, kindName } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/** Every entry the agreement has ever named: offer, draft, baseline and current matrix. */
const entriesOf = (state: AgreementState): MatrixEntry[] => [
  ...state.offer.values(),
  ...state.draft.values(),
  ...state.baseline.values(),
  ...state.current.values(),
];

/**
 * Whether each part of the cell is one the agreement uses: its result area, a work type of
 * that result area, one of its districts. A cell the contract leaves at zero (or out) is still
 * known: the policy judges moving into it; a typo is not, and never becomes a policy verdict.
 */
const isKnown = (state: AgreementState, c: Cell): boolean => {
  const entries = entriesOf(state);
  const areaKnown =
    state.resultAreas.some((a) => a.code === c.resultArea) ||
    entries.some((e) => e.position.resultArea === c.resultArea);
  return (
    areaKnown &&
    entries.some((e) => e.position.resultArea === c.resultArea && e.position.workType === c.workType) &&
    entries.some((e) => e.position.district === c.district)
  );
};

/** How many characters two texts share, regardless of order (`OWB` and `OBW` share all three). */
const sharedCharacters = (a: string, b: string): number => {
  const left = [...a];
  let shared = 0;
  for (const ch of b) {
    const i = left.indexOf(ch);
    if (i >= 0) {
      left.splice(i, 1);
      shared += 1;
    }
  }
  return shared;
};

/**
 * Up to three cells of the agreement nearest in spelling: case-insensitive edit distance,
 * ties broken by the characters shared, so that a swapped pair (`OWB`) finds `OBW` first.
 */
export const closestCells = (state: AgreementState, text: string, limit = 3): string[] => {
  const keys = new Set(entriesOf(state).flatMap((e) => (isCell(e.position) ? [cellKey(e.position)] : [])));
  const wanted = text.toLowerCase();
  return [...keys]
    .map((key) => ({
      key,
      d: distance(wanted, key.toLowerCase()),
      shared: sharedCharacters(wanted, key.toLowerCase()),
    }))
    .sort((a, b) => a.d - b.d || b.shared - a.shared || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map((x) => x.key);
};

/** A cell typed on the command line (`--from 6/OBW/Stad`), checked against the agreement. */
export const agreementCell = (
  option: string,
  text: string,
  state: AgreementState,
  m: Messages,
): E.Either<CliFailure, Cell> => {
  const parsed = parseCellKey(text);
  if (E.isLeft(parsed)) return E.left({ kind: "usage", message: m.failure.notACell(option, text) });
  if (isKnown(state, parsed.right)) return E.right(parsed.right);
  return E.left({
    kind: "unknown-cell",
    option,
    cell: text,
    agreementId: state.agreementId,
    closest: closestCells(state, cellKey(parsed.right)),
  });
};

/** The unit kinds the agreement counts, in the order its matrix first names them. */
export const kindsOf = (state: AgreementState): UnitKind[] => [
  ...new Set(entriesOf(state).map((e) => e.quantity.kind)),
];

/**
 * `--kind`: one of the agreement's unit kinds, by its name or a Dutch or English alias
 * (`uren`, `hours`, `groepen`, `groups`); anything else is refused, never a new kind.
 */
export const agreementKind = (
  text: string,
  state: AgreementState,
  m: Messages,
): E.Either<CliFailure, UnitKind> => {
  const word = text.trim().toLowerCase();
  const kind = unitKindFromWord(word) ?? (UnitKindCodec.is(word) ? word : undefined);
  const kinds = kindsOf(state);
  if (kind !== undefined && kinds.includes(kind)) return E.right(kind);
  return E.left({
    kind: "unknown-kind",
    text,
    agreementId: state.agreementId,
    kinds: kinds.map((k) => (kindName(m, k) === k ? k : `${k} (${kindName(m, k)})`)),
  });
};
