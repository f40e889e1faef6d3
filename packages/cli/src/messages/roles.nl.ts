/** Provenance's role codes in Dutch words; a code not listed (a newer role) is shown as is. */
const ROLE: Readonly<Record<string, string>> = {
  municipality: "gemeente",
  provider: "aanbieder",
  auditor: "auditor",
  system: "systeem",
};

export const dutchRole = (code: string): string => ROLE[code] ?? code;

/** A comma-separated list of role codes, as "gemeente of aanbieder". */
export const dutchRoles = (codes: string): string => codes.split(",").map(dutchRole).join(" of ");

/** A party (municipality or provider) with its article: "de gemeente". */
export const dutchParty = (code: string): string => (code in ROLE ? `de ${dutchRole(code)}` : code);
