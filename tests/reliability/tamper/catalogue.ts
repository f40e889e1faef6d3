import { jsonMutations, metadataHashKey } from "./jsonMutations";
import type { Mutation } from "./mutation";
import { checkpointOnlyMutations, columnMutations, rowMutations } from "./rowMutations";

/** R4's mutation catalogue: every column of the events table, every JSON level, rows, chains. */
export const catalogue: readonly Mutation[] = [
  ...columnMutations,
  metadataHashKey,
  ...jsonMutations,
  ...rowMutations,
  ...checkpointOnlyMutations,
];
