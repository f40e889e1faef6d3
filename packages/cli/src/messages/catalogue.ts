import { Option } from "commander";
import { type Messages, en } from "./en";
import { nl } from "./nl";

export type { Messages } from "./en";

export const LANGS = ["nl", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Set to `en` for English by default (e.g. in scripts written before the Dutch output). */
export const LANG_ENV = "GRANT_LEDGER_LANG";

const CATALOGUES: Readonly<Record<Lang, Messages>> = { nl, en };

export const messagesFor = (lang: Lang): Messages => CATALOGUES[lang];

/**
 * What a unit kind is called after a number (`uur`); a kind the catalogue has no word for is
 * shown as it is. Own keys only: a kind named `constructor` is not `Object`'s.
 */
export const kindName = (m: Messages, kind: string): string =>
  Object.hasOwn(m.kindNames, kind) ? (m.kindNames[kind] as string) : kind;

const isLang = (s: string | undefined): s is Lang => (LANGS as readonly string[]).includes(s ?? "");

export const defaultLang = (env: Readonly<Record<string, string | undefined>> = process.env): Lang => {
  const fromEnv = env[LANG_ENV];
  return isLang(fromEnv) ? fromEnv : "nl";
};

/**
 * The language asked for on the command line (`--lang en`, `--lang=en`), read before commander
 * parses it: the help text is built before parsing, so it can only honour --lang this way.
 */
export const langFromArgv = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Lang => {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const asked = at < 0 ? undefined : argv[at]!.startsWith("--lang=") ? argv[at]!.slice(7) : argv[at + 1];
  return isLang(asked) ? asked : defaultLang(env);
};

/** `--lang nl|en`: texts and number formats; Dutch unless GRANT_LEDGER_LANG says otherwise. */
export const langOption = (description: string) =>
  new Option("--lang <lang>", description).choices(LANGS).default(defaultLang());

/** The catalogue of `lang`, or of the default language when a caller (a test, an embedder) gives none. */
export const messagesOf = (lang: Lang | undefined): Messages => CATALOGUES[lang ?? defaultLang()];
