import * as E from "fp-ts/Either";
import { type JSONWebKeySet, createLocalJWKSet, importSPKI, jwtVerify } from "jose";
import {
  Claims,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  type Principal,
  TOKEN_ALGORITHM,
  principalOf,
} from "./claims";

export type TokenKey = { readonly publicKeyPem: string } | { readonly jwks: JSONWebKeySet };

export interface VerifierOptions {
  readonly key: TokenKey;
  readonly issuer?: string;
  readonly audience?: string;
  readonly clock?: () => Date;
}

/** Why a token was refused, for the 401's detail (never echoing the token). */
export type TokenRefusal = { readonly reason: string };

const MAX_KEPT = 10_000;

export type TokenVerifier = (token: string) => Promise<E.Either<TokenRefusal, Principal>>;

/**
 * Verifies bearer tokens with `jose`: the algorithm is pinned (a token naming another, `none`
 * included, is refused), issuer and audience must match, `exp` is required and enforced.
 */
export const createTokenVerifier = async (o: VerifierOptions): Promise<TokenVerifier> => {
  const key =
    "publicKeyPem" in o.key
      ? await importSPKI(o.key.publicKeyPem, TOKEN_ALGORITHM)
      : createLocalJWKSet(o.key.jwks);
  const options = {
    algorithms: [TOKEN_ALGORITHM],
    issuer: o.issuer ?? DEFAULT_ISSUER,
    audience: o.audience ?? DEFAULT_AUDIENCE,
    requiredClaims: ["exp"],
  };
  // A token verified once is the same token until it expires: kept, so a client sending it
  // with every request costs one signature check, not one per request.
  const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
  const now = () => (o.clock?.() ?? new Date()).getTime();
  return async (token) => {
    const known = verified.get(token);
    if (known !== undefined) {
      if (known.expiresAtMs > now()) return E.right(known.principal);
      verified.delete(token);
    }
    try {
      const at = o.clock === undefined ? {} : { currentDate: o.clock() };
      const result =
        typeof key === "function"
          ? await jwtVerify(token, key, { ...options, ...at })
          : await jwtVerify(token, key, { ...options, ...at });
      const claims = Claims.decode(result.payload);
      if (E.isLeft(claims))
        return E.left({ reason: "the token lacks org, role (municipality|provider|auditor) or person" });
      const principal = principalOf(claims.right);
      if (verified.size >= MAX_KEPT) verified.delete(verified.keys().next().value as string);
      verified.set(token, { principal, expiresAtMs: (result.payload.exp as number) * 1000 });
      return E.right(principal);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return E.left({
        reason: code === "ERR_JWT_EXPIRED" ? "the token has expired" : "the token does not verify",
      });
    }
  };
};
