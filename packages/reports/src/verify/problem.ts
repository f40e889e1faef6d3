import type { Lang } from "../labels/labels";

/**
 * Why a report does not verify, as data: a code and the exact values it is about. The words
 * are made from it per language (`describeReportProblem`), so the CLI can say it in Dutch and
 * a program can act on the code.
 */
export interface ReportProblem {
  readonly code: ReportProblemCode;
  readonly values: Readonly<Record<string, string>>;
}

type Words = (v: Readonly<Record<string, string>>) => string;

const en = {
  "no-checkpoint-field": (v) => `the report states no checkpoint.${v.field}`,
  "no-csv-stamp": () =>
    "the CSV report has no stamp (stream, revision, global position, chain hash) in its first records",
  "no-html-document": () => "the HTML report carries no document",
  "not-json": (v) => `the report is not JSON: ${v.detail}`,
  "not-whole-numbers": (v) =>
    `the stamp's position ${v.position} and revision ${v.revision} are not whole numbers`,
  "position-not-in-chain": (v) => `global position ${v.position} is not in the store's chain`,
  "position-holds-other": (v) =>
    `global position ${v.position} holds ${v.foundStream} revision ${v.foundRevision}, not ${v.stream} revision ${v.revision}`,
  "hash-differs": (v) =>
    `the event at global position ${v.position} has chain hash ${v.found}, the report states ${v.stated}`,
  "chain-broken": (v) => `the chain of ${v.stream} is broken: ${v.detail}`,
  "unknown-kind": (v) => `the report's kind ${v.kind} is not one grant-ledger makes`,
  "no-event-stamp": () =>
    "the stamp includes no event, which only a register of agreements of an empty store can",
  "stream-not-agreement": (v) => `the stamp's stream ${v.stream} is not an agreement`,
  "cell-not-position": () => "the report's parameters.cell is not a position",
  "fresh-computation-fails": (v) => `a fresh computation fails: ${v.error}`,
  "as-of-differs": (v) =>
    `the stamp states asOf.${v.field} ${v.stated}; a fresh computation of its as-of comes to ${v.found}`,
  "no-language": () => "the HTML report names no language grant-ledger writes",
  "line-differs": (v) =>
    `line ${v.line} of the ${v.what === "csv" ? "CSV report" : "HTML page"} differs from what a fresh computation writes: ${v.shown} instead of ${v.expected}`,
  "value-missing": (v) => `${v.path}: missing in the report, fresh computation ${v.fresh}`,
  "value-extra": (v) => `${v.path}: ${v.found} in the report, absent from a fresh computation`,
  "value-differs": (v) => `${v.path}: ${v.found} in the report, ${v.fresh} in a fresh computation`,
  "key-invalid": (v) => v.detail ?? "the public key is not an Ed25519 public key",
  "no-signature": () => "the report carries no signature",
  "signature-unreadable": () => "the report's signature is not readable",
  "wrong-key": (v) => `the report was signed with key ${v.signedWith}, not with ${v.expected}`,
  "digest-differs": (v) => `the report's SHA-256 is ${v.digest}, the signature is over ${v.signed}`,
  "signature-mismatch": () => "the signature does not match the report",
} satisfies Record<string, Words>;

export type ReportProblemCode = keyof typeof en;

const nl: Record<ReportProblemCode, Words> = {
  "no-checkpoint-field": (v) => `het rapport noemt geen checkpoint.${v.field}`,
  "no-csv-stamp": () =>
    "het CSV-rapport heeft in zijn eerste regels geen stempel (stroom, revisie, globale positie, ketenhash)",
  "no-html-document": () => "het HTML-rapport bevat geen document",
  "not-json": (v) => `het rapport is geen JSON: ${v.detail}`,
  "not-whole-numbers": (v) =>
    `positie ${v.position} en revisie ${v.revision} in de stempel zijn geen gehele getallen`,
  "position-not-in-chain": (v) => `globale positie ${v.position} staat niet in de keten van de opslag`,
  "position-holds-other": (v) =>
    `op globale positie ${v.position} staat ${v.foundStream} revisie ${v.foundRevision}, niet ${v.stream} revisie ${v.revision}`,
  "hash-differs": (v) =>
    `de gebeurtenis op globale positie ${v.position} heeft ketenhash ${v.found}, het rapport noemt ${v.stated}`,
  "chain-broken": (v) => `de keten van ${v.stream} is verbroken: ${v.detail}`,
  "unknown-kind": (v) => `het soort rapport ${v.kind} maakt grant-ledger niet`,
  "no-event-stamp": () =>
    "de stempel omvat geen gebeurtenis; dat kan alleen een register van overeenkomsten van een lege opslag",
  "stream-not-agreement": (v) => `de stroom ${v.stream} in de stempel is geen overeenkomst`,
  "cell-not-position": () => "parameters.cell van het rapport is geen positie",
  "fresh-computation-fails": (v) => `opnieuw berekenen lukt niet: ${v.error}`,
  "as-of-differs": (v) =>
    `de stempel noemt asOf.${v.field} ${v.stated}; opnieuw berekend komt die stand per op ${v.found}`,
  "no-language": () => "het HTML-rapport noemt geen taal die grant-ledger schrijft",
  "line-differs": (v) =>
    `regel ${v.line} van ${v.what === "csv" ? "het CSV-rapport" : "de HTML-pagina"} wijkt af van een nieuwe berekening: ${v.shown} in plaats van ${v.expected}`,
  "value-missing": (v) => `${v.path}: ontbreekt in het rapport, nieuwe berekening ${v.fresh}`,
  "value-extra": (v) => `${v.path}: ${v.found} in het rapport, ontbreekt in een nieuwe berekening`,
  "value-differs": (v) => `${v.path}: ${v.found} in het rapport, ${v.fresh} in een nieuwe berekening`,
  "key-invalid": (v) =>
    `de publieke sleutel is geen Ed25519-sleutel${v.detail === undefined ? "" : ` (${v.detail})`}`,
  "no-signature": () => "het rapport heeft geen handtekening",
  "signature-unreadable": () => "de handtekening van het rapport is niet leesbaar",
  "wrong-key": (v) => `het rapport is getekend met sleutel ${v.signedWith}, niet met ${v.expected}`,
  "digest-differs": (v) => `de SHA-256 van het rapport is ${v.digest}, de handtekening is over ${v.signed}`,
  "signature-mismatch": () => "de handtekening past niet bij het rapport",
};

const WORDS: Readonly<Record<Lang, Record<ReportProblemCode, Words>>> = { en, nl };

export const reportProblem = (
  code: ReportProblemCode,
  values: Record<string, string> = {},
): ReportProblem => ({
  code,
  values,
});

/** The problem in words: English by default (what `Verification.problem` carries). */
export const describeReportProblem = (p: ReportProblem, lang: Lang = "en"): string =>
  WORDS[lang][p.code](p.values);
