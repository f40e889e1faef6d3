import type { DomainError } from "@grant-ledger/core";
import type { Messages } from "../messages/catalogue";
import { screenFormats } from "./verdicts";

/**
 * A domain refusal in the catalogue's language, worded from its data. Every tag has words in
 * each catalogue; the core's own (English) message is only for a tag of a newer core.
 */
export const domainErrorText = (error: DomainError, m: Messages): string => {
  const words = m.domainErrors[error._tag] as
    | ((e: DomainError, units: (amount: string, kind: string) => string) => string)
    | undefined;
  return words === undefined ? error.message : words(error, screenFormats(m).units);
};
