import { REPORT_KINDS } from "@grant-ledger/reports";
import { SHARED_OPTIONS as o } from "./shared.en";

/** The English `--help` of the view commands (register, history, state, reports, budget); its keys are `ViewsHelp`. */
export const viewsHelpEn = {
  agreements: {
    description: "the agreement register: parties, period, status, totals per unit kind, last change",
    options: {
      "--store": o["--store"],
      "--json": "machine-readable output; decimals as exact strings; a mistake as { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: "Exit codes: 0 listed, 2 a missing store; 6 the store cannot be reached.",
  },
  history: {
    description: "every change to one cell from the offer to now: who, when, why, value before and after",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--cell": "cell as <result area>/<work type>/<district>, e.g. 6/OBW/Stad (or a row: 2/OBW/*)",
      "--json": "machine-readable output; decimals as exact strings; a mistake as { ok: false, error }",
      "--lang": o["--lang"],
      "--limit": o["--limit"],
      "--before": o["--before"],
    },
    after:
      "Exit codes: 0 shown, 2 unknown agreement, unknown or unreadable cell, a bad --limit or --before, a missing store; 6 the store cannot be reached.",
  },
  reallocations: {
    description: "the reallocation register: every shift, its approval, the cumulative percentage",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--json": "machine-readable output; decimals as exact strings; a mistake as { ok: false, error }",
      "--lang": o["--lang"],
      "--limit": o["--limit"],
      "--before": o["--before"],
    },
    after:
      "Exit codes: 0 shown, 2 unknown agreement, a bad --limit or --before, a missing store; 6 the store cannot be reached.",
  },
  state: {
    description: "the agreement as it stands, or as of a revision or a date (recorded or effective)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--as-of":
        "a revision (0 is the proposal) or a date: 2007-05-08 (the end of that day in Amsterdam) or 2007-05-08T10:30:00Z",
      "--recorded": o["--recorded"],
      "--effective":
        "as of the date: what had occurred by then, events recorded later but backdated included",
      "--json":
        "machine-readable output (format grant-ledger/agreement-state@1; see the README); a mistake as { ok: false, error }",
      "--lang": o["--lang"],
    },
    after:
      "Reads only. Exit codes: 0 shown; 2 unknown agreement, revision outside the stream, date before the agreement or unreadable, or a missing store; 6 the store cannot be reached.",
  },
  report: {
    description:
      "an accountability report in JSON, CSV (Dutch Excel) or HTML, stamped with its audit checkpoint",
    arguments: {
      report: `${REPORT_KINDS.join(" | ")}`,
    },
    options: {
      "--store": o["--store"],
      "--agreement": "agreement id (every report but agreements)",
      "--as-of":
        "the views as of a revision (0 is the proposal) or a date (2007-07-01: the end of that day in Amsterdam, or 2007-07-01T10:30:00Z), as recorded unless --effective",
      "--recorded": o["--recorded"],
      "--effective":
        "as of the date: what had occurred by then (occurredAt), events recorded later but backdated included",
      "--period": "realisation: one period, e.g. 2007-H1 (default: every period reported)",
      "--cell": "cell-history: the cell, e.g. 6/OBW/Stad (or a row: 2/OBW/*)",
      "--limit": "cell-history, register: only the last n entries",
      "--format": "json, csv or html",
      "--csv-dialect":
        "dutch: ';', decimal comma, BOM (opens as-is in Dutch Excel); international: ',' and '.'",
      "--lang": o["--lang"],
      "--sign": "sign with this Ed25519 private key (PEM, as checkpoint keygen writes it)",
      "--out": "write the report here (default: stdout)",
    },
    after: `JSON shape: docs/reports/report.schema.json (format grant-ledger/report@1); decimals are exact strings.
Exit codes: 0 written; 2 usage: an unknown report, agreement, cell or period, --as-of outside the stream or before the agreement, a flag the report does not read, an unreadable --sign key, a missing store; 5 --out cannot be written; 6 the store cannot be reached; 70 internal error.`,
  },
  budget: {
    description:
      "budget versus realisation per line, group and total in euros (V/N), and the financing: grant, contributions, deficit",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--json":
        "machine-readable output (exact values): { agreementId, budgetId, periods, lines, groups, total, funding }",
      "--lang": o["--lang"],
    },
    after: "Exit codes: 0 shown; 2 usage (unknown agreement, no budget, missing store).",
  },
};
export type ViewsHelp = typeof viewsHelpEn;
