import type { Principal } from "@grant-ledger/tokens";

/** The 2007 Emmen agreement between the municipality of Emmen and its welfare provider. */
export const DEMO_AGREEMENT = "emmen-sedna-2007";
export const EMMEN = "gm0114";
export const PROVIDER = "sedna";
export const AUDITOR = "auditdienst-drenthe";
export const OTHER_MUNICIPALITY = "gm0109";

/** The people `pnpm start` mints tokens for (fictional, but for the alderman who signed in 2007). */
export const DEMO_PERSONAS = {
  "municipality-officer": { organisationId: EMMEN, role: "municipality", person: "J. de Vries" },
  alderman: { organisationId: EMMEN, role: "municipality", person: "M. Thalens-Kolker" },
  "provider-planner": { organisationId: PROVIDER, role: "provider", person: "A. Bakker" },
  auditor: { organisationId: AUDITOR, role: "auditor", person: "K. Mulder" },
  "other-municipality-officer": {
    organisationId: OTHER_MUNICIPALITY,
    role: "municipality",
    person: "P. Smit",
  },
} as const satisfies Record<string, Principal>;

export type PersonaName = keyof typeof DEMO_PERSONAS;
