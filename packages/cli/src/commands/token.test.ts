import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTokenVerifier, generateTokenKeyPair } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io/commandIo";
import { tokenCli } from "./token";

describe("grant-ledger token", () => {
  it("mints a token the service verifies, for the organisation, role and person given", async () => {
    const keys = generateTokenKeyPair();
    const key = join(mkdtempSync(join(tmpdir(), "token-")), "private.pem");
    writeFileSync(key, keys.privateKeyPem);
    const { io, text } = captureIo();
    const code = await tokenCli(
      ["--key", key, "--org", "gm0114", "--role", "auditor", "--person", "K. Mulder", "--expires", "1h"],
      io,
    );
    expect(code).toBe(0);
    const verify = await createTokenVerifier({ key: { publicKeyPem: keys.publicKeyPem } });
    expect(await verify(text().trim())).toEqual(
      E.right({ organisationId: "gm0114", role: "auditor", person: "K. Mulder" }),
    );
  });

  it("is a usage error (2) when the key cannot be read", async () => {
    const { io, errors } = captureIo();
    const code = await tokenCli(
      ["--key", "/nonexistent/key.pem", "--org", "x", "--role", "provider", "--person", "y"],
      io,
    );
    expect(code).toBe(2);
    expect(errors()).toContain("cannot read key /nonexistent/key.pem");
  });
});
