import { normaliseResultArea } from "@grant-ledger/core";
import type { ManifestResultArea } from "../manifest/manifest";

const LEADING_CODE = /^\s*(\d+[a-z]?)(?=[.\s)]|$)/i;

/**
 * `2. Jeugd` → result area `2` by its leading code; otherwise a label equal to a result area's
 * name (case-insensitive). Returns the manifest's code, or undefined when nothing matches.
 */
export const matchResultArea = (label: string, areas: readonly ManifestResultArea[]): string | undefined => {
  const code = LEADING_CODE.exec(label)?.[1];
  if (code !== undefined) {
    const found = areas.find((a) => normaliseResultArea(a.code).toLowerCase() === code.toLowerCase());
    if (found) return normaliseResultArea(found.code);
  }
  const name = label.trim().replace(/\s+/g, " ").toLowerCase();
  const byName = areas.find((a) => a.name.trim().replace(/\s+/g, " ").toLowerCase() === name);
  return byName ? normaliseResultArea(byName.code) : undefined;
};
