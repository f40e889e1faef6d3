import * as t from "io-ts";
import { WorkTypeCode } from "../agreement/terms";
import { PositionCodec } from "../cell/position";
import { BudgetLineRefCodec } from "../funding/budgetLine";
import { DocumentText } from "./text";

/**
 * Where a result sits as the document places it, which need not be a cell: a district with no
 * work type, a village below a district (De Velden's `Schoonebeek`), a team (`Team SLO`), or
 * several work types at once (`OBW/JW`). Codes are as printed after normalisation.
 */
export const Placement = t.partial(
  {
    resultArea: DocumentText,
    district: DocumentText,
    village: DocumentText,
    workTypes: t.array(WorkTypeCode),
    team: DocumentText,
  },
  "Placement",
);
export type Placement = t.TypeOf<typeof Placement>;

/** What any level of the hierarchy may point at: result areas, positions of the matrix, budget lines. */
export const Links = t.partial(
  {
    resultAreas: t.array(DocumentText),
    positions: t.array(PositionCodec),
    budgetLines: t.array(BudgetLineRefCodec),
  },
  "Links",
);
export type Links = t.TypeOf<typeof Links>;
