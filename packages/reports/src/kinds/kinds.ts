import type { ReportKind } from "../document/document";
import { agreementsKind } from "./agreements/agreements";
import { budgetKind } from "./budget/budget";
import { cellHistoryKind } from "./cellHistory/cellHistory";
import type { KindDefinition } from "./kind";
import { offerVsContractKind } from "./offerVsContract/offerVsContract";
import { realisationKind } from "./realisation/realisation";
import { registerKind } from "./register/register";
import { stateKind } from "./state/state";

export const KINDS: Readonly<Record<ReportKind, KindDefinition>> = {
  "offer-vs-contract": offerVsContractKind,
  "cell-history": cellHistoryKind,
  register: registerKind,
  realisation: realisationKind,
  state: stateKind,
  agreements: agreementsKind,
  budget: budgetKind,
};
