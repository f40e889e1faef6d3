import type { DomainError, Verdict } from "@grant-ledger/core";
import { EXIT } from "../exitCodes";
import { domainErrorText } from "../format/domainErrors";
import { verdictJson, verdictLines } from "../format/verdicts";
import type { CommandIo } from "../io/commandIo";
import type { Messages } from "../messages/catalogue";

/**
 * Every mistake a command reports, as data: one kind per mistake, so that the same mistake
 * gets the same prefix, wording and exit code in every command (and the same JSON under --json).
 */
export type CliFailure =
  /** A usage problem already put into words (commander, a decoder, a domain message). */
  | { readonly kind: "usage"; readonly message: string }
  | { readonly kind: "store-missing"; readonly url: string; readonly path: string }
  | { readonly kind: "store-unreachable"; readonly url: string; readonly detail: string }
  | { readonly kind: "unknown-agreement"; readonly agreementId: string; readonly store: string }
  | {
      readonly kind: "unknown-cell";
      readonly option: string;
      readonly cell: string;
      readonly agreementId: string;
      readonly closest: readonly string[];
    }
  | {
      readonly kind: "unknown-kind";
      readonly text: string;
      readonly agreementId: string;
      readonly kinds: readonly string[];
    }
  | { readonly kind: "unknown-report"; readonly text: string; readonly reports: readonly string[] }
  | {
      readonly kind: "unknown-period";
      readonly period: string;
      readonly agreementId: string;
      readonly periods: readonly string[];
    }
  /**
   * An input file that cannot be read, is not JSON, or does not decode; `problems` (under
   * --json) are the documents' own findings when a manifest's tables could not be read.
   */
  | {
      readonly kind: "bad-file";
      readonly path: string;
      readonly message: string;
      readonly problems?: unknown;
    }
  /**
   * Documents that read but contradict themselves (a manifest's discrepancies): the check
   * failed, as for `reconcile` and `import` (exit 1), not a file that could not be read.
   * `discrepancies` and `totals` (under --json) are the reconciliation's own.
   */
  | {
      readonly kind: "discrepancies";
      readonly path: string;
      readonly message: string;
      readonly discrepancies?: unknown;
      readonly totals?: unknown;
    }
  /** Commands that decided but could not be written (a conflict, a store error): nothing recorded. */
  | { readonly kind: "not-recorded"; readonly message: string }
  /** The domain refused the command: nothing recorded. */
  | {
      readonly kind: "refused";
      readonly code: string;
      readonly message: string;
      readonly verdicts: readonly Verdict[];
      /** The refusal as data: worded in the catalogue's language where it has words for it. */
      readonly error?: DomainError;
    };

export const EXIT_BY_FAILURE: Readonly<Record<CliFailure["kind"], number>> = {
  usage: EXIT.usage,
  "store-missing": EXIT.usage,
  "store-unreachable": EXIT.unreachable,
  "unknown-agreement": EXIT.usage,
  "unknown-cell": EXIT.usage,
  "unknown-kind": EXIT.usage,
  "unknown-report": EXIT.usage,
  "unknown-period": EXIT.usage,
  "bad-file": EXIT.usage,
  discrepancies: EXIT.failed,
  "not-recorded": EXIT.failed,
  refused: EXIT.forbidden,
};

export const describeFailure = (f: CliFailure, m: Messages): string => {
  switch (f.kind) {
    case "usage":
    case "not-recorded":
      return f.message;
    case "store-missing":
      return m.failure.storeMissing(f.path, f.url);
    case "store-unreachable":
      return m.failure.storeUnreachable(f.url, f.detail);
    case "unknown-agreement":
      return m.failure.unknownAgreement(f.agreementId, f.store);
    case "unknown-cell":
      return m.failure.unknownCell(f.option, f.cell, f.agreementId, f.closest);
    case "unknown-kind":
      return m.failure.unknownKind(f.text, f.agreementId, f.kinds);
    case "unknown-report":
      return m.failure.unknownReport(f.text, f.reports);
    case "unknown-period":
      return m.failure.unknownPeriod(f.period, f.agreementId, f.periods);
    case "bad-file":
    case "discrepancies":
      return m.failure.badFile(f.path, f.message);
    case "refused":
      return m.failure.refused(f.code, f.error === undefined ? f.message : domainErrorText(f.error, m));
  }
};

/** Where a failure goes: stderr with the one prefix, or one JSON object on stdout under --json. */
export interface FailureOutput {
  readonly io: CommandIo;
  readonly messages: Messages;
  readonly json?: boolean | undefined;
}

export const PREFIX = "grant-ledger: ";

/** Prints the failure and returns its exit code. */
export const reportFailure = (f: CliFailure, out: FailureOutput): number => {
  const code = EXIT_BY_FAILURE[f.kind];
  const message = describeFailure(f, out.messages);
  if (out.json) {
    out.io.out(JSON.stringify(failureJson(f, code, message), null, 2));
  } else {
    const verdicts = f.kind === "refused" ? verdictLines(f.verdicts, out.messages) : [];
    out.io.err([`${PREFIX}${message}`, ...verdicts].join("\n"));
  }
  return code;
};

/**
 * `{ ok: false, error: { kind, exitCode, message, ... } }` for every failure. A refusal is a
 * policy outcome scripts branch on, so it also keeps `outcome: "forbidden"` beside it; its
 * domain error's code and the verdicts are in `error`, as every other failure's details.
 */
const failureJson = (f: CliFailure, exitCode: number, message: string) =>
  f.kind === "refused"
    ? {
        ok: false,
        outcome: "forbidden",
        error: { kind: f.kind, exitCode, message, code: f.code, verdicts: f.verdicts.map(verdictJson) },
      }
    : { ok: false, error: { kind: f.kind, exitCode, message, ...detailsOf(f) } };

const detailsOf = (f: CliFailure): Record<string, unknown> => {
  const { kind: _, ...rest } = f;
  return f.kind === "usage" || f.kind === "not-recorded" ? {} : rest;
};
