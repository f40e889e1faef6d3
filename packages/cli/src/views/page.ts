import { Option } from "commander";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/** `--limit` and `--before` as a page; an unreadable number is a usage failure. */
export const pageOf = (
  o: { limit?: string; before?: string },
  m: Messages,
): { limit?: number; beforeRevision?: number } | CliFailure => {
  const whole = (text: string | undefined, name: string): number | CliFailure | undefined => {
    if (text === undefined) return undefined;
    return /^\d+$/.test(text) ? Number(text) : { kind: "usage", message: m.views.wholeNumber(name, text) };
  };
  const limit = whole(o.limit, "--limit");
  const before = whole(o.before, "--before");
  if (typeof limit === "object") return limit;
  if (typeof before === "object") return before;
  return {
    ...(limit === undefined ? {} : { limit }),
    ...(before === undefined ? {} : { beforeRevision: before }),
  };
};

export const isFailure = (x: object): x is CliFailure => "kind" in x;

/** The options of a paged view command, named once for `history` and `reallocations`. */
export const limitOption = (description: string): Option => new Option("--limit <n>", description);
export const beforeOption = (description: string): Option => new Option("--before <revision>", description);
