import { DEMO_PEOPLE, type DemoPerson } from "@grant-ledger/demo";
import type { Principal } from "@grant-ledger/tokens";

export { AUDITOR, DEMO_AGREEMENT, EMMEN, OTHER_MUNICIPALITY, PROVIDER } from "@grant-ledger/demo";

/** The people `pnpm start` mints tokens for: the demo year's people (`@grant-ledger/demo`). */
export const DEMO_PERSONAS: Readonly<Record<DemoPerson, Principal>> = DEMO_PEOPLE;
export type PersonaName = DemoPerson;
