import { normaliseWorkType } from "@grant-ledger/core";

/**
 * What a 2007 result list's work-type cell says: codes separated by `/`, ` / ` or spaces
 * (`OBW/JW`, `SCW / SCW 1 /JW`), a team instead of a code (`Team SLO`), words mixed in
 * (`OW/SCW Jongerenwerk OBW`), or nothing.
 */
export interface WorkTypeCell {
  readonly workTypes: readonly string[];
  readonly team?: string;
  /** Words that are no work-type code, kept for the note. */
  readonly words: readonly string[];
}

const CODE = /^[A-Z&]{2,4}\d?$/;

export const parseWorkTypeCell = (raw: string): WorkTypeCell => {
  const text = raw.trim();
  if (/^team\s/i.test(text)) return { workTypes: [], team: text, words: [] };
  // `SCW 1` is the code SCW1 printed with a space.
  const tokens = text
    .replace(/\b([A-Z]{2,4})\s+(\d)\b/g, "$1$2")
    .split(/[\s/]+/)
    .filter((s) => s.length > 0);
  const workTypes: string[] = [];
  const words: string[] = [];
  for (const t of tokens) {
    if (CODE.test(t)) {
      const code = normaliseWorkType(t);
      if (!workTypes.includes(code)) workTypes.push(code);
    } else words.push(t);
  }
  return { workTypes, words };
};
