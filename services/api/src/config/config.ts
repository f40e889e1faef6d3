import { readFileSync } from "node:fs";
import { decodeProblems } from "@grant-ledger/core";
import type { TokenKey } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type StoreLocation, StoreUrl } from "./storeLocation";

const withDefault = <C extends t.Mixed>(codec: C, fallback: t.TypeOf<C>) =>
  new t.Type<t.TypeOf<C>, unknown, unknown>(
    codec.name,
    codec.is,
    (u, c) => (u === undefined || u === "" ? t.success(fallback) : codec.validate(u, c)),
    codec.encode,
  );

const Port = new t.Type<number, string, unknown>(
  "Port (0-65535, 0: any free one)",
  (u): u is number => typeof u === "number",
  (u, c) =>
    typeof u === "string" && /^(0|[1-9][0-9]{0,4})$/.test(u) && Number(u) <= 65535
      ? t.success(Number(u))
      : t.failure(u, c),
  String,
);
const WholeNumber = new t.Type<number, string, unknown>(
  "WholeNumber",
  (u): u is number => typeof u === "number",
  (u, c) =>
    typeof u === "string" && /^(0|[1-9][0-9]{0,8})$/.test(u) ? t.success(Number(u)) : t.failure(u, c),
  String,
);
const ByteSize = t.refinement(t.string, (s) => /^[1-9][0-9]*(b|kb|mb)$/i.test(s), "ByteSize (e.g. 256kb)");
const LogLevel = t.keyof({
  fatal: null,
  error: null,
  warn: null,
  info: null,
  debug: null,
  trace: null,
  silent: null,
});
/** Express's `trust proxy`: hop count, `loopback` / `linklocal` / `uniquelocal`, addresses or CIDRs. */
const TrustProxy = t.refinement(
  t.string,
  (s) =>
    s === "" ||
    /^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(\/\d{1,3})?))*)$/.test(
      s,
    ),
  "TrustProxy (a hop count, loopback, uniquelocal, or addresses/CIDRs, comma separated)",
);
const File = t.refinement(t.string, (s) => s.trim() !== "", "File");

/** The environment the server reads, decoded: every variable, its codec and default. */
export const ServiceEnvironment = t.intersection([
  t.type({
    PORT: withDefault(Port, 3000),
    HOST: withDefault(t.string, "127.0.0.1"),
    STORE_URL: withDefault(StoreUrl, { kind: "sqlite", file: "./data/service.db" }),
    JWT_ISSUER: withDefault(t.string, "grant-ledger"),
    JWT_AUDIENCE: withDefault(t.string, "grant-ledger-service"),
    BODY_LIMIT: withDefault(ByteSize, "256kb"),
    RATE_LIMIT_PER_MINUTE: withDefault(WholeNumber, 600),
    TRAIL_PAGE_CACHE_MIB: withDefault(WholeNumber, 32),
    CORS_ORIGINS: withDefault(t.string, ""),
    TRUST_PROXY: withDefault(TrustProxy, ""),
    LOG_LEVEL: withDefault(LogLevel, "info"),
  }),
  t.partial({ JWT_PUBLIC_KEY_FILE: File, JWT_JWKS_FILE: File, CHECKPOINT_KEY_FILE: File }),
]);

export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  readonly store: StoreLocation;
  readonly tokenKey: TokenKey;
  readonly issuer: string;
  readonly audience: string;
  readonly checkpointKeyPem?: string;
  readonly bodyLimit: string;
  /** 0: no rate limit. */
  readonly rateLimitPerMinute: number;
  /** MiB of serialised audit-trail pages kept (0: none); absent: the app's default. */
  readonly trailPageCacheMiB?: number;
  readonly corsOrigins: readonly string[];
  /** Express's `trust proxy` (the TLS-terminating proxy in front); none: the connection itself. */
  readonly trustProxy?: string | number;
  readonly logLevel: string;
}

const read = (variable: string, file: string): E.Either<string, string> => {
  try {
    return E.right(readFileSync(file, "utf8"));
  } catch (error) {
    return E.left(
      `${variable}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
};

/**
 * The configuration from the environment, or every problem in one message naming the
 * variable, what it should be and what it was.
 */
export const loadConfig = (env: Record<string, string | undefined>): E.Either<string, ServiceConfig> => {
  const decoded = ServiceEnvironment.decode(env);
  if (E.isLeft(decoded))
    return E.left(
      `configuration: ${decodeProblems(decoded.left)
        .map((p) => `${p.path.split(".").at(-1)} must be ${p.expected}, found ${JSON.stringify(p.found)}`)
        .join("; ")}`,
    );
  const e = decoded.right;
  if ((e.JWT_PUBLIC_KEY_FILE === undefined) === (e.JWT_JWKS_FILE === undefined))
    return E.left(
      "configuration: set exactly one of JWT_PUBLIC_KEY_FILE (PEM, SPKI) or JWT_JWKS_FILE (a JWKS JSON file)",
    );
  let tokenKey: TokenKey;
  if (e.JWT_PUBLIC_KEY_FILE !== undefined) {
    const pem = read("JWT_PUBLIC_KEY_FILE", e.JWT_PUBLIC_KEY_FILE);
    if (E.isLeft(pem)) return E.left(`configuration: ${pem.left}`);
    tokenKey = { publicKeyPem: pem.right };
  } else {
    const text = read("JWT_JWKS_FILE", e.JWT_JWKS_FILE as string);
    if (E.isLeft(text)) return E.left(`configuration: ${text.left}`);
    try {
      const jwks = JSON.parse(text.right) as { keys?: unknown };
      if (!Array.isArray(jwks.keys)) return E.left("configuration: JWT_JWKS_FILE holds no `keys` array");
      tokenKey = { jwks: jwks as never };
    } catch {
      return E.left("configuration: JWT_JWKS_FILE is not JSON");
    }
  }
  let checkpointKeyPem: string | undefined;
  if (e.CHECKPOINT_KEY_FILE !== undefined) {
    const pem = read("CHECKPOINT_KEY_FILE", e.CHECKPOINT_KEY_FILE);
    if (E.isLeft(pem)) return E.left(`configuration: ${pem.left}`);
    checkpointKeyPem = pem.right;
  }
  return E.right({
    port: e.PORT,
    host: e.HOST,
    store: e.STORE_URL,
    tokenKey,
    issuer: e.JWT_ISSUER,
    audience: e.JWT_AUDIENCE,
    ...(checkpointKeyPem === undefined ? {} : { checkpointKeyPem }),
    bodyLimit: e.BODY_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trailPageCacheMiB: e.TRAIL_PAGE_CACHE_MIB,
    corsOrigins: e.CORS_ORIGINS.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    logLevel: e.LOG_LEVEL,
    ...(e.TRUST_PROXY === ""
      ? {}
      : { trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY }),
  });
};
