import { Map as PersistentMap } from "immutable";
import type { ResultsFramework } from "./framework";
import type { ResultsMeasurement } from "./measurement";

/** The agreement's results framework and the latest measurement per period. */
export interface ResultsState {
  readonly framework?: ResultsFramework;
  readonly measurements: PersistentMap<string, ResultsMeasurement>;
}

export const noResultsFramework: ResultsState = { measurements: PersistentMap() };
