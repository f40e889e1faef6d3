/**
 * How the user started the CLI, so that a hint it prints is a command they can run as it stands.
 * The repository's root scripts (`pnpm demo`, `pnpm grant-ledger`) say so in this variable; npx
 * (`npm exec`) marks the process it starts with `npm_command=exec`; otherwise the `grant-ledger`
 * bin is on the PATH (an installed package).
 */
export const INVOKED_AS_ENV = "GRANT_LEDGER_INVOKED_AS";

export const INVOCATIONS = ["pnpm", "npx", "installed"] as const;
export type Invocation = (typeof INVOCATIONS)[number];

const isInvocation = (s: string | undefined): s is Invocation =>
  (INVOCATIONS as readonly string[]).includes(s ?? "");

export const invocationOf = (env: Readonly<Record<string, string | undefined>>): Invocation => {
  const said = env[INVOKED_AS_ENV];
  if (isInvocation(said)) return said;
  return env.npm_command === "exec" ? "npx" : "installed";
};

const COMMAND: Readonly<Record<Invocation, string>> = {
  pnpm: "pnpm grant-ledger",
  npx: "npx grant-ledger",
  installed: "grant-ledger",
};

/** The words that run the CLI the way it was started: `pnpm grant-ledger`, `npx grant-ledger` or `grant-ledger`. */
export const cliCommand = (env: Readonly<Record<string, string | undefined>> = process.env): string =>
  COMMAND[invocationOf(env)];
