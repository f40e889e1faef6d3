import type { DomainError } from "@grant-ledger/core";
import type { Messages } from "../messages/catalogue";
import { screenFormats } from "./verdicts";

/** A domain refusal in the catalogue's language, or the core's own (English) message where it has no words for it. */
export const domainErrorText = (error: DomainError, m: Messages): string => {
  const words = m.domainErrors[error._tag] as
    | ((e: DomainError, units: (amount: string, kind: string) => string) => string)
    | undefined;
  return words === undefined ? error.message : words(error, screenFormats(m).units);
};
