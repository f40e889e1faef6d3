import { SignJWT, importPKCS8 } from "jose";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, TOKEN_ALGORITHM, type TokenRole } from "./claims";

export interface MintOptions {
  readonly privateKeyPem: string;
  readonly organisationId: string;
  readonly role: TokenRole;
  readonly person: string;
  /** A jose duration: `8h`, `30 days`, `15m` (default 8h). */
  readonly expires?: string;
  readonly issuer?: string;
  readonly audience?: string;
  readonly now?: () => Date;
}

/** A development token, signed with the private half of the key the service verifies with. */
export const mintToken = async (o: MintOptions): Promise<string> => {
  const key = await importPKCS8(o.privateKeyPem, TOKEN_ALGORITHM);
  const now = Math.floor((o.now?.() ?? new Date()).getTime() / 1000);
  return new SignJWT({ org: o.organisationId, role: o.role, person: o.person })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: "JWT" })
    .setIssuer(o.issuer ?? DEFAULT_ISSUER)
    .setAudience(o.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(
      typeof o.expires === "string" && /^\d+$/.test(o.expires)
        ? now + Number(o.expires)
        : (o.expires ?? "8h"),
    )
    .sign(key);
};
