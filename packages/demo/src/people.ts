import type { Actor } from "@grant-ledger/core";

/** The 2007 Emmen agreement between the municipality of Emmen and its welfare provider. */
export const DEMO_AGREEMENT = "emmen-sedna-2007";
export const EMMEN = "gm0114";
export const PROVIDER = "sedna";
export const AUDITOR = "auditdienst-drenthe";
export const OTHER_MUNICIPALITY = "gm0109";

/** The demo's people (fictional, but for the alderman who signed in 2007). */
export const DEMO_PEOPLE = {
  "municipality-officer": { organisationId: EMMEN, role: "municipality", person: "J. de Vries" },
  alderman: { organisationId: EMMEN, role: "municipality", person: "M. Thalens-Kolker" },
  "provider-planner": { organisationId: PROVIDER, role: "provider", person: "A. Bakker" },
  auditor: { organisationId: AUDITOR, role: "auditor", person: "K. Mulder" },
  "other-municipality-officer": {
    organisationId: OTHER_MUNICIPALITY,
    role: "municipality",
    person: "P. Smit",
  },
} as const satisfies Record<string, Actor>;

export type DemoPerson = keyof typeof DEMO_PEOPLE;
