import * as t from "io-ts";
import { isNonBlank } from "../codec/text";

const bounded = (name: string, max: number) =>
  t.refinement(t.string, (s) => isNonBlank(s) && s.length <= max, name);

/**
 * Text copied from the parties' documents (a goal, an indicator as printed). It describes the
 * contract, never a resident, and is bounded so that no report can smuggle a case file in.
 */
export const DocumentText = bounded("DocumentText", 2000);
export type DocumentText = t.TypeOf<typeof DocumentText>;

/**
 * The only free text a period's result report may carry. Short on purpose: the log is
 * immutable, so it must never hold a client's story (DOMAIN.md, privacy).
 */
export const REMARK_MAX_LENGTH = 280;
export const Remark = bounded("Remark", REMARK_MAX_LENGTH);
export type Remark = t.TypeOf<typeof Remark>;

/** An id within the results framework (`1.1`, `1.1/Torion`, `resultaat-3`). */
export const FrameworkId = bounded("FrameworkId", 120);
export type FrameworkId = t.TypeOf<typeof FrameworkId>;
