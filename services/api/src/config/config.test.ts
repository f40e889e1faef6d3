import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateTokenKeyPair } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

const dir = mkdtempSync(join(tmpdir(), "config-"));
const keyFile = join(dir, "public.pem");
writeFileSync(keyFile, generateTokenKeyPair().publicKeyPem);

describe("the server's configuration from the environment", () => {
  it("has defaults for everything but the token key", () => {
    const config = loadConfig({ JWT_PUBLIC_KEY_FILE: keyFile });
    expect(E.isRight(config) && config.right).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      store: { kind: "sqlite", file: "./data/service.db" },
      rateLimitPerMinute: 600,
      trailPageCacheMiB: 32,
      corsOrigins: [],
    });
  });

  it("says which variable is wrong, what it should be and what it was", () => {
    const config = loadConfig({
      JWT_PUBLIC_KEY_FILE: keyFile,
      PORT: "eighty",
      STORE_URL: "postgres://x",
      LOG_LEVEL: "loud",
    });
    expect(E.isLeft(config) && config.left).toBe(
      'configuration: PORT must be Port (0-65535, 0: any free one), found "eighty"; STORE_URL must be StoreUrl (sqlite:<file>, memory:, esdb://host:port?tls=true|false or esdb+discover://host:port), found "postgres://x"; LOG_LEVEL must be "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent", found "loud"',
    );
  });

  it("reads TRUST_PROXY as a hop count or Express's address names", () => {
    const at = (TRUST_PROXY: string) => loadConfig({ JWT_PUBLIC_KEY_FILE: keyFile, TRUST_PROXY });
    expect(at("1")).toMatchObject({ right: { trustProxy: 1 } });
    expect(at("loopback, 10.0.0.0/8")).toMatchObject({ right: { trustProxy: "loopback, 10.0.0.0/8" } });
    expect(E.isRight(at(""))).toBe(true);
    expect(E.isLeft(at("everyone"))).toBe(true);
  });

  it("needs exactly one token key, and a readable one", () => {
    expect(E.isLeft(loadConfig({}))).toBe(true);
    expect(loadConfig({ JWT_PUBLIC_KEY_FILE: keyFile, JWT_JWKS_FILE: keyFile })).toEqual(
      E.left(
        "configuration: set exactly one of JWT_PUBLIC_KEY_FILE (PEM, SPKI) or JWT_JWKS_FILE (a JWKS JSON file)",
      ),
    );
    expect(loadConfig({ JWT_PUBLIC_KEY_FILE: join(dir, "missing.pem") })).toEqual(
      E.left(`configuration: JWT_PUBLIC_KEY_FILE: cannot read ${join(dir, "missing.pem")} (ENOENT)`),
    );
  });
});
