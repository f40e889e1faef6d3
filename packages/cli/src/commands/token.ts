import { readFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { EXIT } from "../exitCodes";
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
  program
    .command("token")
    .description("mint a development bearer token (EdDSA JWT) for the audit service")
    .requiredOption(
      "--key <file>",
      "Ed25519 private key, PKCS#8 PEM (pnpm start writes data/token-private.pem)",
    )
    .requiredOption("--org <id>", "organisation id (gm0114, sedna, ...)")
    .addOption(
      new Option("--role <role>", "the organisation's role")
        .choices(["municipality", "provider", "auditor"])
        .makeOptionMandatory(),
    )
    .requiredOption("--person <name>", "the person acting")
    .option("--expires <duration>", "lifetime: 8h (default), 30m, 7d, or seconds")
    .option("--issuer <iss>", "issuer (default grant-ledger, the service's JWT_ISSUER)")
    .option("--audience <aud>", "audience (default grant-ledger-service, the service's JWT_AUDIENCE)")
    .addHelpText("after", "\nPrints the token. Exit codes: 0 printed, 2 unreadable key or bad duration.")
    .action(async (o: TokenOptions) => done(await runToken(o, io)));
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const tokenCli = (argv: readonly string[], io: CommandIo = processIo) =>
  runDefined("token", define, argv, io, openStore);
