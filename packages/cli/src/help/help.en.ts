import { auditHelpEn } from "./audit.en";
import { ledgerHelpEn } from "./ledger.en";
import { moneyHelpEn } from "./money.en";
import { viewsHelpEn } from "./views.en";

/**
 * The English `--help` of every command, keyed by command path (`checkpoint keygen`); each entry
 * has the command's description, the words of each of its options (by long flag) and arguments
 * (by name), and the text after the options, which ends with the exit codes. Its keys are the
 * shape every other language's catalogue must have (`CommandHelpCatalogue`), area by area
 * (`LedgerHelp`, `AuditHelp`, ...): a command, option or argument with words in one language
 * only does not compile.
 */
export const helpEn = { ...ledgerHelpEn, ...auditHelpEn, ...viewsHelpEn, ...moneyHelpEn };

export type CommandHelpCatalogue = typeof helpEn;
export type CommandPath = keyof CommandHelpCatalogue;
