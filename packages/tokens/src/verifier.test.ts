import { createPublicKey } from "node:crypto";
import * as E from "fp-ts/Either";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { mintToken } from "./mintToken";
import { generateTokenKeyPair } from "./signingKeys";
import { createTokenVerifier } from "./verifier";

const keys = generateTokenKeyPair();
const principal = { organisationId: "gm0114", role: "municipality" as const, person: "J. de Vries" };

describe("the token verifier", () => {
  it("verifies a minted token from a public key file's PEM or from a JWKS", async () => {
    const token = await mintToken({ privateKeyPem: keys.privateKeyPem, ...principal });
    const fromPem = await createTokenVerifier({ key: { publicKeyPem: keys.publicKeyPem } });
    expect(await fromPem(token)).toEqual(E.right(principal));
    const jwk = { ...createPublicKey(keys.publicKeyPem).export({ format: "jwk" }), alg: "EdDSA", use: "sig" };
    const fromJwks = await createTokenVerifier({ key: { jwks: { keys: [jwk as never] } } });
    expect(await fromJwks(token)).toEqual(E.right(principal));
  });

  it("stops accepting a token it verified before once it expires", async () => {
    let now = Date.now();
    const verify = await createTokenVerifier({
      key: { publicKeyPem: keys.publicKeyPem },
      clock: () => new Date(now),
    });
    const token = await mintToken({ privateKeyPem: keys.privateKeyPem, ...principal, expires: "1h" });
    expect(await verify(token)).toEqual(E.right(principal));
    expect(await verify(token)).toEqual(E.right(principal));
    now += 2 * 3600_000;
    expect(await verify(token)).toEqual(E.left({ reason: "the token has expired" }));
  });

  it("enforces expiry by the clock, and refuses a symmetric algorithm", async () => {
    const token = await mintToken({ privateKeyPem: keys.privateKeyPem, ...principal, expires: "1h" });
    const later = await createTokenVerifier({
      key: { publicKeyPem: keys.publicKeyPem },
      clock: () => new Date(Date.now() + 2 * 3600_000),
    });
    expect(await later(token)).toEqual(E.left({ reason: "the token has expired" }));
    const hs = await new SignJWT({ org: "gm0114", role: "municipality", person: "x" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("grant-ledger")
      .setAudience("grant-ledger-service")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(keys.publicKeyPem));
    const verify = await createTokenVerifier({ key: { publicKeyPem: keys.publicKeyPem } });
    expect(await verify(hs)).toEqual(E.left({ reason: "the token does not verify" }));
  });
});
