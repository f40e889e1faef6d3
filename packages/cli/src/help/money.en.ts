import { ON_AGREEMENT, SHARED_OPTIONS as o } from "./shared.en";

/** The English `--help` of the money commands (grant decision, budget, contributions, costs, budget reallocations); its keys are `MoneyHelp`. */
export const moneyHelpEn = {
  "decide-grant": {
    description: "record the municipality's grant decision (beschikking), or a new one that supersedes it",
    arguments: {
      file: 'decision JSON: { "reference", "amountGranted": "854788", "ceiling"?, "period": { "start", "end" }, "legalBasis", "decidedOn", "supersedes"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why: recorded with it",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, funding: { groups, costs, contributions, grant, shortfall, deficit } }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "record-budget": {
    description:
      "record a budget: groups of lines (fte × hours × tariff, quantity × unit × rate, lump sums, to be determined)",
    arguments: {
      file: 'budget JSON: { "budgetId", "groups": [{ "code", "name", "lines": [{ "code", "name", "costing", "presented" }] }], "policy"?: { "reallocation"?, "aboveGrant"? } }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why: recorded with it",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, funding: { groups, costs, contributions, grant, shortfall, deficit } }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "record-contributions": {
    description: "record the co-funders and partners and what each contributes, in cash or in kind",
    arguments: {
      file: 'contributions JSON: { "parties": [{ "id", "name", "role", "lead"? }], "contributions": [{ "partyId", "item", "form": "cash", "amount" } | { ..., "form": "in-kind", "hours", "rate" }] }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why: recorded with it",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, funding: { groups, costs, contributions, grant, shortfall, deficit } }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "report-costs": {
    description:
      "report a period's realised costs per budget line (a second report for the period corrects it)",
    arguments: {
      file: 'costs JSON: { "period": "2022", "lines": [{ "line": "group/line", "amount": "390000", "hours"? }] }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why: recorded with it",
      "--report-id": "id of this report (default: costs-<period>)",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, funding: { groups, costs, contributions, grant, shortfall, deficit } }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "reallocate-budget": {
    description:
      "move money between budget lines under the budget's policy; --dry-run only explains the verdicts",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--from": "budget line money leaves: <group>/<line>, e.g. armoede/L1",
      "--to": "budget line money goes to",
      "--amount": "euros to move, exact to the cent: 1000 or 1000.50 (Dutch: 1000,50)",
      "--hours": "hours of a line costed from hours: their cost moves at its tariff",
      "--request": o["--request"],
      "--reason": "why: required unless --dry-run",
      "--dry-run": "evaluate only, record nothing",
      "--json": "machine-readable output (exact values): { outcome, requestId, costing, verdicts, funding }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 applied (or allowed), 3 needs approval, 4 forbidden or refused; ${ON_AGREEMENT}.`,
  },
  "approve-budget": {
    description: "approve a pending budget reallocation (four eyes; judged again on the budget as it is now)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id of the pending budget reallocation",
      "--reason": "why: recorded with the decision",
      "--json": "machine-readable output (exact values): { outcome, requestId, verdicts, funding }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "reject-budget": {
    description: "reject a pending budget reallocation",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id of the pending budget reallocation",
      "--reason": "why: recorded with the decision",
      "--json": "machine-readable output (exact values): { outcome, requestId, verdicts, funding }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
};
export type MoneyHelp = typeof moneyHelpEn;
