import { auditHelpNl } from "./audit.nl";
import type { CommandHelpCatalogue } from "./help.en";
import { ledgerHelpNl } from "./ledger.nl";
import { moneyHelpNl } from "./money.nl";
import { viewsHelpNl } from "./views.nl";

/** The Dutch `--help` of every command: the English catalogue's shape, area by area. */
export const helpNl: CommandHelpCatalogue = {
  ...ledgerHelpNl,
  ...auditHelpNl,
  ...viewsHelpNl,
  ...moneyHelpNl,
};
