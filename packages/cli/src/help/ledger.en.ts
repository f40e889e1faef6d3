import { storeUrlForms } from "../store/storeAccess";
import { ON_AGREEMENT, TABLES, UNITS, SHARED_OPTIONS as o } from "./shared.en";

/** The English `--help` of import, reconcile, demo, rebuild and the lifecycle and reallocation commands; its keys are `LedgerHelp`. */
export const ledgerHelpEn = {
  demo: {
    description:
      "reconcile and import the real 2007 Emmen agreement, shift hours under the controls, verify the chain, write every report into data/reports/",
    options: {
      "--store": `event store URL: ${storeUrlForms("<file>")}`,
      "--create": o["--create"],
      "--reports-dir": "where the reports of the demo agreement are written",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 done and the chain is intact, 1 import failed or chain broken, 2 usage (including a missing store other than the default without --create), 6 store unreachable.",
  },
  reconcile: {
    description:
      "check every printed total of an agreement's tables, and the district annexes against the tables",
    arguments: {
      manifest: "manifest JSON listing the tables (paths relative to it)",
    },
    options: {
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--json": "machine-readable output: { ok, discrepancies, totals }",
      "--lang": o["--lang"],
    },
    after: `${TABLES}

Exit codes: 0 everything reconciles; 1 discrepancies (each with file and line); 2 input that
cannot be read or that import would refuse (missing or refused file, invalid manifest, e.g. a
period that ends before it starts), or a usage error.`,
  },
  import: {
    description:
      "reconcile an agreement's documents and write it as events: offer, contract (negotiation round 1), signatures",
    arguments: {
      manifest: "manifest JSON listing the tables (paths relative to it)",
    },
    options: {
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--store": `event store URL: ${storeUrlForms("<file>")}`,
      "--create": o["--create"],
      "--sign": "signatures JSON, one signatory per party: both parties sign after the negotiation",
      "--accept-discrepancies": "import despite discrepancies, recording them in the events' metadata",
      "--by": "who runs the import (recorded on the proposal and the negotiation)",
      "--json": "machine-readable output",
      "--lang": o["--lang"],
    },
    after: `${TABLES}

Exit codes: 0 imported; 1 discrepancies (nothing written; see --accept-discrepancies); 2 input
that cannot be read or that the domain refuses (as reconcile reports it), a store that cannot be
opened (a missing store other than the default without --create), or a usage error; 4 refused by
the domain, nothing written: the agreement is already in the store, or a signature the domain
refuses (as in propose and sign; under --json the same error object); 6 the store cannot be reached.`,
  },
  propose: {
    description:
      "propose an agreement: the provider's offer, from a JSON file or a manifest's Offerte columns",
    arguments: {
      file: "proposal JSON: the data of ProposeAgreement (agreementId, parties, period, offer, ...)",
    },
    options: {
      "--manifest": "propose the offer of an agreement's tables (see import) instead of a file",
      "--store": `event store URL: ${storeUrlForms("<file>")}`,
      "--create": o["--create"],
      "--actor": o["--actor"],
      "--reason": "why: recorded with the proposal",
      "--command-id": o["--command-id"],
      "--json": "machine-readable output (exact values): { ok, agreementId, events, offer }",
      "--lang": o["--lang"],
    },
    after: `Creates the store only with --create (or when --store is the default).
Exit codes: 0 proposed; 2 usage: a file that cannot be read or does not decode (naming the path in it and the value), a missing store without --create, a command id reused; 4 refused by the domain (e.g. the agreement exists already); 6 the store cannot be reached; 70 internal error.`,
  },
  negotiate: {
    description:
      "record a negotiation round: cell changes from a file (each with from, to and its reason), before signing",
    arguments: {
      file: 'round JSON: { "round"?, "cellChanges": [{ "position", "from", "to", "reason" }], "expectedResultChanges"?, "policy"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why this round: recorded with it",
      "--json": "machine-readable output (exact values): { ok, agreementId, events, round, draft }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  sign: {
    description:
      "sign the agreement for one party; the second signature makes the draft the baseline (AgreementSigned)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--party": "the party that signs",
      "--role": "the signatory's function, e.g. wethouder or directeur",
      "--date": "date of the signature (default: today, Europe/Amsterdam)",
      "--mandate": "the signatory's mandate, e.g. a delegation decision",
      "--reason": "recorded with the signature",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, status, signatures, baseline? }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 signed; ${ON_AGREEMENT}.`,
  },
  controls: {
    description: "dry run: would the policy allow this shift, need approval, or forbid it? Records nothing",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--from": o["--from"],
      "--to": o["--to"],
      "--units": o["--units"],
      "--kind": o["--kind"],
      "--json":
        'machine-readable output (exact values): { "outcome", "verdicts": [{ "rule", "outcome", "explanation", "findings" }] }',
      "--lang": o["--lang"],
    },
    after: `${UNITS}
Records nothing. Exit codes: 0 allowed, 3 needs approval, 4 forbidden; ${ON_AGREEMENT}.`,
  },
  reallocate: {
    description:
      "request a reallocation: applied at once when the policy allows it, otherwise recorded for approval",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--from": o["--from"],
      "--to": o["--to"],
      "--units": o["--units"],
      "--kind": o["--kind"],
      "--reason": "why: recorded with the request",
      "--request": o["--request"],
      "--json": "machine-readable output (exact values): { outcome, requestId, verdicts }",
      "--lang": o["--lang"],
    },
    after: `${UNITS}
Exit codes: 0 applied at once, 3 recorded as a request that needs approval; ${ON_AGREEMENT}.`,
  },
  approve: {
    description:
      "approve a pending reallocation: re-evaluated against the agreement as it is now, then applied",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id of the pending reallocation request",
      "--reason": "why: recorded with the decision",
      "--json": "machine-readable output (exact values): { outcome, requestId, verdicts }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  reject: {
    description: "reject a pending reallocation, with a reason",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id of the pending reallocation request",
      "--reason": "why: recorded with the decision",
      "--json": "machine-readable output (exact values): { outcome, requestId, verdicts }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded; ${ON_AGREEMENT}.`,
  },
  "report-result": {
    description:
      "report a period's realised units and reach (aggregates only, never personal data), from a file",
    arguments: {
      file: 'report JSON: { "period": "2007-H1", "realised": [{ "position", "quantity" }], "reach": [{ "expectedResultId", "reached" }], "remarks"?, "outcomes"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "recorded with the report",
      "--framework":
        'the file is a measurement against the results framework: { "period", "indicators": [{ "indicatorId", "value" }], "reach": [{ "serviceId", "realised", "counting" }], "effects": [...], "milestones": [{ "milestoneId", "reachedOn", "achieved"? }], "remark"?, "reportId"? }',
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, period, realised, contract }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 reported (a second report for the same period is recorded as a correction); ${ON_AGREEMENT}.`,
  },
  "record-framework": {
    description:
      "record or replace the agreement's results framework (goals, effects, indicators, reach, milestones) from a file or an import manifest",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--tables-under": o["--tables-under"],
      "--max-table-bytes": o["--max-table-bytes"],
      "--file":
        'framework JSON: { "globalGoals", "effects", "subGoals", "results", "activities", "indicators", "contractors", "services", "milestones" } (docs/events.md, ResultsFramework)',
      "--manifest":
        "an import manifest: the framework read from the results sections of its tables (instead of --file)",
      "--accept-discrepancies":
        "with --manifest: record even when the results sections contradict themselves",
      "--reason": "why the framework is recorded: kept with it",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, framework: { effects, results, indicators, services, milestones } }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 recorded (a later framework replaces the earlier one; after signing only the municipality may); 1 --manifest: the results sections contradict themselves, nothing recorded (as import; --accept-discrepancies records anyway); 2 also a --file that cannot be read, is not JSON or does not decode as a ResultsFramework, and a --manifest that cannot be read, names another agreement or has no results sections; 4 also a framework whose parts do not hold together (InvalidResultsFramework) or, once signed, one the provider records (PartyNotAllowed); ${ON_AGREEMENT}.`,
  },
  amend: {
    description:
      "record an amendment both parties agreed: cell changes from a file; it becomes the new baseline",
    arguments: {
      file: 'amendment JSON: { "amendmentId", "changes": [{ "position", "from", "to", "reason" }], "agreedBy": { "municipality": { "person", "role" }, "provider": { ... } }, "reason"?, "expectedResultChanges"?, "policy"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why the agreement is amended (or the file's reason)",
      "--json": "machine-readable output (exact values): { ok, agreementId, events, amendmentId, baseline }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 amended; ${ON_AGREEMENT}.`,
  },
  close: {
    description:
      "close the agreement at the end of its period, optionally with the final determination (vaststelling)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "why it is closed: recorded with it",
      "--closed-on": "closing date (default: today, Europe/Amsterdam)",
      "--final-note": "the final determination's text (vaststelling)",
      "--final-amount": "the amount determined, in euros with at most two decimals (Dutch: 854788,43)",
      "--json":
        "machine-readable output (exact values): { ok, agreementId, events, closedOn, finalDetermination? }",
      "--lang": o["--lang"],
    },
    after: `Exit codes: 0 closed; ${ON_AGREEMENT}.`,
  },
  rebuild: {
    description: "rebuild projections from the first event, with progress",
    options: {
      "--store": o["--store"],
      "--projection": "only this projection (known: store-summary)",
      "--lang": o["--lang"],
    },
    after: "Exit codes: 0 rebuilt, 2 unknown projection or store cannot be opened.",
  },
};
export type LedgerHelp = typeof ledgerHelpEn;
