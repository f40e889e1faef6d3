import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";

export interface TokenOptions {
  readonly key: string;
  readonly org: string;
  readonly role: "municipality" | "provider" | "auditor";
  readonly person: string;
  readonly expires?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Mints a development bearer token for the service, signed with the given Ed25519 private key. */
export const runToken = async (o: TokenOptions, io: CommandIo): Promise<number> => {
  let privateKeyPem: string;
  try {
    privateKeyPem = await readFile(o.key, "utf8");
  } catch (error) {
    io.err(`cannot read key ${o.key}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return EXIT.usage;
  }
  // Loaded here, not at start-up: the other commands need no JWT library.
  const { mintToken } = await import("@grant-ledger/tokens");
  try {
    io.out(
      await mintToken({
        privateKeyPem,
        organisationId: o.org,
        role: o.role,
        person: o.person,
        ...(o.expires === undefined ? {} : { expires: o.expires }),
        ...(o.issuer === undefined ? {} : { issuer: o.issuer }),
        ...(o.audience === undefined ? {} : { audience: o.audience }),
      }),
    );
    return EXIT.ok;
  } catch (error) {
    io.err(`cannot mint a token: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
};

const define: Define = (program, io, _open, done) => {
  const h = commandHelp(program, "token");
  program
    .command("token")
    .description(h.description)
    .requiredOption("--key <file>", h.options["--key"])
    .requiredOption("--org <id>", h.options["--org"])
    .addOption(
      new Option("--role <role>", h.options["--role"])
        .choices(["municipality", "provider", "auditor"])
        .makeOptionMandatory(),
    )
    .requiredOption("--person <name>", h.options["--person"])
    .option("--expires <duration>", h.options["--expires"])
    .option("--issuer <iss>", h.options["--issuer"])
    .option("--audience <aud>", h.options["--audience"])
    .addHelpText("after", helpAfter(h))
    .action(async (o: TokenOptions) => done(await runToken(o, io)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const tokenCli = (argv: readonly string[], io: CommandIo = processIo) =>
  runDefined("token", define, argv, io, openStore);
