import type { Agreements } from "@grant-ledger/agreements";
import { AUDITOR, DEMO_AGREEMENT, DEMO_PEOPLE, seedDemoYear } from "@grant-ledger/demo";
import { GRANT_EVENT, type Grants } from "../tenancy/grants";

/**
 * The demo year on an empty store (`@grant-ledger/demo`: the 2007 Emmen agreement imported and
 * signed, two reallocations, the first half-year's result report), and what only the service
 * has: the auditor's grant. Returns what it did.
 */
export const seedDemo = async (agreements: Agreements, grants: Grants): Promise<string[]> => {
  const done = await seedDemoYear(agreements);
  await grants.record(
    {
      type: GRANT_EVENT,
      agreementId: DEMO_AGREEMENT,
      auditorOrganisationId: AUDITOR,
      reason: "annual audit of the 2007 subsidy",
      actor: { ...DEMO_PEOPLE["municipality-officer"] },
    },
    () => new Date(),
  );
  done.push(`auditor ${AUDITOR} granted read access`);
  return done;
};
