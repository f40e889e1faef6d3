import { type Granularity, englishFindingWords } from "@grant-ledger/core";
import type { AlreadyThere } from "@grant-ledger/importer";
import { auditEn } from "./audit.en";
import { commanderEn } from "./commander.en";
import { englishCosting } from "./costing.en";
import { demoEn } from "./demo.en";
import { englishDomainErrors } from "./domainErrors.en";
import { reconcileEn } from "./reconcile.en";
import { systemEn } from "./system.en";

/**
 * Every text the lifecycle, reallocation and error surface print, in English. `nl.ts` has the
 * same keys (its type is this object's); commands never spell a sentence themselves.
 */
const quoted = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => items.join(", ");

export const en = {
  locale: "en-GB",
  /** The decimal separator of --units and amounts typed on the command line. */
  decimalSeparator: "." as "." | ",",
  /** What a unit kind is called after a number: `1,514 hours`. */
  kindNames: { hours: "hours", groups: "groups", clients: "clients", euros: "euros" } as Readonly<
    Record<string, string>
  >,
  /** The program's own help: its description, --version and `help <command>`. */
  help: {
    program: "Event-sourced ledger for municipal welfare subsidy agreements.",
    version: "print the version",
    helpCommand: "show help for a command",
  },
  /**
   * commander's own words in --help (issue 18): its headings, the `[options]` of the usage line
   * and the notes after an option's text. English keeps commander's own.
   */
  helpLayout: {
    helpOption: "display help for command",
    titles: {
      "Usage:": "Usage:",
      "Arguments:": "Arguments:",
      "Options:": "Options:",
      "Global Options:": "Global Options:",
      "Commands:": "Commands:",
    } as Readonly<Record<string, string>>,
    usageWords: { "[options]": "[options]", "[command]": "[command]" } as Readonly<Record<string, string>>,
    choices: "choices",
    default: "default",
    preset: "preset",
    env: "env",
  },
  failure: {
    amendmentReason: (file: string) =>
      `${file}: give the amendment's reason in the file ("reason") or with --reason`,
    proposeInput: "propose: give a proposal file, or --manifest <manifest> (one of the two)",
    storeMissing: (path: string, url: string) =>
      `no store at ${path} (${url}): check the path; a new store is made only by import, propose or demo, with --create`,
    storeUnreachable: (url: string, detail: string) => `cannot reach the store at ${url}: ${detail}`,
    unknownAgreement: (id: string, store: string) =>
      `no agreement ${quoted(id)} in the store ${store} (check --agreement)`,
    unknownCell: (option: string, cell: string, agreement: string, closest: readonly string[]) =>
      `${option} ${cell}: agreement ${agreement} has no such cell` +
      (closest.length > 0 ? `; closest: ${list(closest)}` : ""),
    notACell: (option: string, text: string) =>
      `${option} ${quoted(text)} is not a cell: expected <result area>/<work type>/<district>, e.g. 6/OBW/Stad`,
    unknownKind: (text: string, agreement: string, kinds: readonly string[]) =>
      `--kind ${quoted(text)}: agreement ${agreement} counts only ${list(kinds)}`,
    unknownReport: (text: string, reports: readonly string[]) =>
      `no report ${quoted(text)}: choose one of ${list(reports)}`,
    unknownPeriod: (period: string, agreement: string, periods: readonly string[]) =>
      `--period ${quoted(period)}: agreement ${agreement} has no report for it` +
      (periods.length > 0 ? `; reported: ${list(periods)}` : "; nothing was reported yet"),
    badFile: (path: string, why: string) => `${path}: ${why}`,
    fileUnreadable: (reason: string) => `cannot read the file (${reason})`,
    fileNotJson: (reason: string) => `not JSON: ${reason}`,
    fileTooLarge: (limit: number) => `larger than ${limit} bytes`,
    fileDoesNotDecode: (problems: readonly string[]) => `does not decode: ${problems.join("; ")}`,
    badDate: (option: string, text: string) =>
      `${option} ${quoted(text)}: expected a date such as 2007-12-31`,
    badActor: (text: string, why: string) =>
      `--actor ${quoted(text)}: expected <organisation>:<role>:<person> with role municipality, provider, auditor or system (${why})`,
    refused: (code: string, message: string) => `refused (${code}): ${message}`,
    notRecorded: (what: string) => `nothing was recorded for ${what}`,
  },
  units: {
    grammar:
      "write digits with a point for decimals (12.5); no thousands separators; a point followed by exactly three digits (1.500) is refused as ambiguous",
    empty: (option: string) => `${option}: give a number of units, e.g. 100 or 12.5`,
    thousandsSeparator: (option: string, text: string) =>
      `${option} ${quoted(text)}: a comma separates thousands in English notation and thousands separators are not accepted; write the number without it (1500), and a point for decimals (12.5)`,
    threeDecimals: (option: string, text: string) =>
      `${option} ${quoted(text)} is ambiguous: in Dutch notation it is a thousand-something, in English a number with three decimals; write 1500 for fifteen hundred or 1.5 for one and a half (three decimals: 1.5000)`,
    notANumber: (option: string, text: string) =>
      `${option} ${quoted(text)}: expected a number of units such as 100 or 12.5 (digits, one point for decimals, nothing else)`,
    notPositive: (option: string, text: string) => `${option} ${text}: a shift moves more than zero units`,
    tooManyCents: (option: string, text: string) =>
      `${option} ${quoted(text)}: money has at most two decimals (whole cents)`,
  },
  reallocation: {
    outcome: { allowed: "allowed", "needs-approval": "needs-approval", forbidden: "forbidden" } as Readonly<
      Record<string, string>
    >,
    controlsHeader: (outcome: string, amount: string, from: string, to: string) =>
      `${outcome}: ${amount} from ${from} to ${to}`,
    applied: (id: string, version: number) => `applied ${id} (policy version ${version})`,
    requested: (id: string, version: number) =>
      `requested ${id}: it needs approval (policy version ${version})`,
    approved: (id: string) => `approved ${id}`,
    rejected: (id: string, reason: string) => `rejected ${id}: ${reason}`,
  },
  reports: {
    needsAgreement: (report: string) => `report ${report} is about one agreement: give --agreement <id>`,
    needsCell: "report cell-history needs --cell <cell>, e.g. 6/OBW/Stad",
    onlyFor: (option: string, report: string) => `${option} applies only to report ${report}`,
    asOfNotForRegister:
      "--as-of does not apply to the register of agreements: it always shows the store as it stands",
    badKey: (path: string, why: string) => `--sign ${path}: ${why}`,
    wrote: (path: string, report: string, revision: string, position: string, hash: string) =>
      `wrote ${path}: ${report}, checkpoint revision ${revision}, global position ${position}, hash ${hash}`,
    intact: (revision: string, position: string, hash: string, numbers: boolean, signature: boolean) =>
      `intact: the checkpoint (revision ${revision}, global position ${position}, hash ${hash}) is in the store's chain` +
      (numbers
        ? "; every number equals a fresh computation there"
        : "; a CSV report whose stamp names no report kind: its numbers were not recomputed") +
      (signature ? "; the signature is valid" : ""),
    invalid: (problem: string) => `INVALID: ${problem}`,
  },
  views: {
    wholeNumber: (option: string, text: string) => `${option} expects a whole number, got ${quoted(text)}`,
    emptyPosition: (cell: string, agreement: string) =>
      `--cell ${cell}: agreement ${agreement} has no such cell: nothing was ever offered, agreed or reported there`,
    noAgreements: (store: string) => `no agreements in ${store}`,
    noReallocations: (agreement: string) => `no reallocations in ${agreement}`,
    asOfExclusive: "--recorded and --effective exclude each other",
    asOfNeedsDate: "--recorded and --effective need --as-of <date>",
    asOfRevision: (revision: string) =>
      `--as-of ${revision} is a revision; --recorded and --effective apply to a date`,
    request: (id: string) => `request ${id}`,
    period: (period: string) => `period ${period}`,
    policy: (version: string) => `policy v${version}`,
    when: (recordedAt: string, occurredAt: string) => `${recordedAt} (occurred ${occurredAt})`,
    by: (person: string, organisation: string, role: string) => `by ${person} (${organisation}, ${role})`,
    why: (reason: string) => `why: ${reason}`,
    offer: (totals: string) => `offer ${totals}`,
    contract: (totals: string) => `contract ${totals}`,
    lastChange: (revision: string, type: string, at: string) => `revision ${revision}: ${type} at ${at}`,
    requestedBy: (person: string, at: string, justification: string) =>
      `requested by ${person} at ${at}: ${justification}`,
    decidedBy: (status: string, person: string, justification: string) =>
      `${status} by ${person}: ${justification}`,
    cumulative: (percent: string, kind: string, threshold: string, above: boolean) =>
      `cumulative ${percent}% of ${kind} (threshold ${threshold}%${above ? ", above" : ""})`,
  },
  lifecycle: {
    proposed: (id: string, stream: string, offer: string) => `proposed ${id} in ${stream}: offer ${offer}`,
    negotiated: (id: string, round: number, changes: number, draft: string) =>
      `negotiated ${id}, round ${round}: ${changes} cell change${changes === 1 ? "" : "s"}; the draft now holds ${draft}`,
    signedBy: (id: string, party: string, person: string) => `${party} signed ${id} (${person})`,
    partyName: { municipality: "the municipality", provider: "the provider" } as Readonly<
      Record<string, string>
    >,
    nowSigned: (baseline: string) => `both parties have signed: the baseline is ${baseline}`,
    waitingFor: (party: string) => `waiting for the signature of ${party}`,
    reported: (id: string, period: string, realised: string, correction: boolean) =>
      `reported ${period} for ${id}: realised ${realised}${correction ? " (a correction of an earlier report)" : ""}`,
    realisation: (share: string) => `${share} of the contract`,
    measured: (id: string, period: string, indicators: number, met: number, missed: number) =>
      `measured ${period} for ${id}: ${indicators} indicator${indicators === 1 ? "" : "s"}, ${met} met; ${missed} milestone${missed === 1 ? "" : "s"} missed`,
    amended: (id: string, amendment: string, changes: number, baseline: string) =>
      `amended ${id} (${amendment}): ${changes} cell change${changes === 1 ? "" : "s"}; the baseline is now ${baseline}`,
    closed: (id: string, on: string) => `closed ${id} on ${on}`,
    finalAmount: (amount: string) => `final determination: ${amount}`,
    replay: "this command was already recorded (same command id): nothing recorded twice",
    and: " + ",
    nothing: "nothing",
  },
  /** record-framework (issue 16): its own key, so that catalogue rewrites merge cleanly. */
  recordFramework: {
    recorded: (
      id: string,
      c: { effects: number; results: number; indicators: number; services: number; milestones: number },
    ) =>
      `recorded the results framework of ${id}: ${c.effects} effect${c.effects === 1 ? "" : "s"}, ${c.results} result${c.results === 1 ? "" : "s"}, ${c.indicators} indicator${c.indicators === 1 ? "" : "s"}, ${c.services} service${c.services === 1 ? "" : "s"}, ${c.milestones} milestone${c.milestones === 1 ? "" : "s"}`,
  },
  imported: {
    written: (agreement: string, events: number, stream: string, types: string) =>
      `imported ${agreement}: ${events} events into ${stream} (${types})`,
    lastHash: (hash: string) => `last hash ${hash}`,
    accepted: (n: number) =>
      `${n} discrepanc${n === 1 ? "y" : "ies"} accepted and recorded in the events' metadata.annotations`,
    nothingWritten:
      "nothing was written: correct the documents, or run again with --accept-discrepancies to record them with the agreement",
    refused: (message: string) => `import refused: ${message}`,
    alreadyImported: (agreement: string, stream: string, found: AlreadyThere) =>
      `agreement ${agreement} is already in the store (stream ${stream} ${
        found._tag === "AtRevision"
          ? `is at revision ${String(found.revision)}`
          : found._tag === "ThisImport"
            ? "holds this very import"
            : "holds an import of this manifest with other options"
      }); import never writes an agreement twice`,
    /** A command the documents produce, refused by the domain: which one, then why. */
    stepRefused: (step: string, reason: string) => `${step} refused: ${reason}`,
  },
  state: {
    heading: (agreement: string, revision: string, of: string) =>
      `agreement ${agreement} as of revision ${revision} of ${of}`,
    recordedBy: (moment: string) => ` (recorded by ${moment})`,
    effectiveBy: (moment: string, leftOut: number) =>
      ` (in effect by ${moment}; ${leftOut} later event${leftOut === 1 ? "" : "s"} left out)`,
    status: { proposed: "proposed", signed: "signed", closed: "closed", empty: "empty" } as Readonly<
      Record<string, string>
    >,
    statusLine: (status: string, period: string | undefined, closedOn: string | undefined) =>
      `status: ${status}${period === undefined ? "" : `, ${period}`}${closedOn === undefined ? "" : `, closed on ${closedOn}`}`,
    period: (start: string, end: string) => `${start} to ${end}`,
    parties: (municipality: string, provider: string) => `parties: ${municipality} and ${provider}`,
    policy: (version: number, signedBy: readonly string[]) =>
      `policy version ${version}; signed by: ${signedBy.length === 0 ? "nobody yet" : list(signedBy)}`,
    contract: (totals: string) => `contract as it stands (${totals}):`,
    empty: "empty",
    products: "products within work types:",
    product: (row: string, name: string, cells: string, offer: string | undefined) =>
      `  ${row.padEnd(24)} ${name}: ${cells || "no contract units"}${offer === undefined ? "" : ` (offer ${offer})`}`,
    inDistrict: (units: string, district: string) => `${units} in ${district}`,
    pending: "pending reallocations:",
    pendingRequest: (id: string, person: string, organisation: string, at: string, shifts: string) =>
      `  ${id} by ${person} (${organisation}) at ${at}: ${shifts}`,
    shift: (units: string, from: string, to: string) => `${units} ${from} → ${to}`,
    results: (periods: string) => `results reported for: ${periods}`,
    corrections: (period: string, n: number) => `${period} (${n} correction${n === 1 ? "" : "s"})`,
  },
  money: {
    recorded: (command: string, agreement: string) => `${command}: recorded on ${agreement}`,
    group: (code: string, name: string, amount: string, toBeDetermined: number) =>
      `  ${code} ${name}: ${amount}${toBeDetermined > 0 ? ` (${toBeDetermined} line${toBeDetermined === 1 ? "" : "s"} to be determined)` : ""}`,
    financing: (costs: string, contributions: string, shortfall: string) =>
      `  costs ${costs}, contributions ${contributions}, to be covered ${shortfall}`,
    grant: (grant: string, reference: string | undefined, balance: string, surplus: boolean) =>
      `  grant ${grant} (${reference ?? "no decision"}), ${surplus ? "surplus" : "deficit"} ${balance}`,
    budgetHeading: (budget: string, agreement: string) =>
      `budget ${budget} of ${agreement} (planned | realised | variance, V favourable, N unfavourable)`,
    budgetRow: (label: string, planned: string, realised: string, variance: string, mark: string) =>
      `${label}: ${planned} | ${realised} | ${variance} ${mark}`,
    total: "total",
    financingHeading: "financing:",
    noBudget: (agreement: string) => `agreement ${agreement} has no budget`,
    dryRun: (outcome: string) => `dry run: ${outcome}`,
    /** Each shift's costing: the euros, the lines, and the hours they stand for where a line is costed from hours. */
    costing: englishCosting,
    notRecorded: (id: string) => `${id} was not recorded`,
    /** `reconcile`: one budget table, its exact hours and euros. */
    reconcileBudget: (name: string, hours: string, amount: string, complete: boolean) =>
      `budget ${name}: ${hours}, ${amount} exact${complete ? "" : " (some lines could not be computed)"}`,
    reconcileHeading: "money (exact euros, computed from the lines):",
    reconcileFinancing: (
      costs: string,
      contributions: string,
      shortfall: string,
      grant: string,
      balance: string,
      surplus: boolean,
    ) =>
      `  costs ${costs}, contributions ${contributions}, costs − contributions ${shortfall}, grant ${grant}, ${surplus ? "surplus" : "deficit"} ${balance}`,
    amountOrHours: "give either --amount <euros> or --hours <hours>",
    step: {
      BudgetReallocationApplied: (id: string) => `applied ${id}`,
      BudgetReallocationRequested: (id: string) => `requested ${id}: it needs approval`,
      BudgetReallocationApproved: (id: string) => `approved ${id}`,
      BudgetReallocationRejected: (id: string) => `rejected ${id}`,
    } as Readonly<Record<string, (id: string) => string>>,
  },
  rebuild: {
    unknownProjection: (name: string, known: readonly string[]) =>
      `unknown projection ${quoted(name)}: known are ${list(known)}`,
    noCheckpoints: "note: this store keeps no projection checkpoints; the rebuilt state is only printed",
    progress: (name: string, processed: number, total: number | undefined) =>
      `${name}: ${processed}${total === undefined ? "" : ` of ${total}`} events applied`,
    bar: (name: string) => `${name} [{bar}] {percentage}% | {value}/{total} events`,
    rebuilt: (name: string, processed: number, position: bigint | string) =>
      `rebuilt ${name}: ${processed} events applied, next position ${position}`,
  },
  // record-framework --manifest (issue 16): its own block, apart from the other commands' words.
  recordFrameworkManifest: {
    fileOrManifest: "give either --file <framework.json> or --manifest <manifest.json>, not both",
    otherAgreement: (path: string, named: string, agreement: string) =>
      `${path} describes agreement ${named}, not ${agreement}: nothing recorded`,
    noResults: (path: string) =>
      `${path} lists no results section (expectedResults, effectForms, goalTables, services, frames, summaries, policyFrames, plannings): nothing to record`,
    discrepancies: (n: number) =>
      `the results sections contradict themselves (${n} discrepanc${n === 1 ? "y" : "ies"}); nothing recorded (--accept-discrepancies records the framework anyway):`,
  },
  /** What the policy rules found (verdicts), in the given number formats. */
  findings: englishFindingWords,
  /** Refusals worded per tag from their data (every tag, in each language). */
  domainErrors: englishDomainErrors,
  /** commander's own usage errors, by its error code (issue 18). */
  commander: commanderEn,
  audit: auditEn,
  system: systemEn,
  /** The demo's narration (issue 18). */
  demo: demoEn,
  /** A verdict's outcome and rule in a verdict line (issue 18); English keeps the codes. */
  verdictWords: {
    outcomes: { pass: "pass", "needs-approval": "needs-approval", forbidden: "forbidden" } as Readonly<
      Record<string, string>
    >,
    rules: {
      conservation: "conservation",
      "cumulative-threshold": "cumulative-threshold",
      "cell-limits": "cell-limits",
      "protected-cells": "protected-cells",
      "across-result-areas": "across-result-areas",
      scope: "scope",
      "four-eyes": "four-eyes",
      "approver-role": "approver-role",
      "freeze-window": "freeze-window",
    } as Readonly<Record<string, string>>,
  },
  /** The views' codes for people (issue 18): a history step, a request's status; English keeps the codes. */
  viewWords: {
    steps: {
      offered: "offered",
      negotiated: "negotiated",
      signed: "signed",
      "reallocation-requested": "reallocation-requested",
      "reallocation-applied": "reallocation-applied",
      "reallocation-approved": "reallocation-approved",
      "reallocation-rejected": "reallocation-rejected",
      amended: "amended",
      "result-reported": "result-reported",
    } as Readonly<Record<string, string>>,
    requestStatus: {
      requested: "requested",
      applied: "applied",
      approved: "approved",
      rejected: "rejected",
    } as Readonly<Record<string, string>>,
    /** The level a history entry is stated at (`Granularity`): `2/OBW/Velden [cell]`. */
    levels: { cell: "cell", row: "row", resultArea: "result area" } satisfies Record<
      Granularity,
      string
    > as Readonly<Record<string, string>>,
  },
  /** The reconcile report (issue 18). */
  reconcile: reconcileEn,
};

export type Messages = typeof en;
