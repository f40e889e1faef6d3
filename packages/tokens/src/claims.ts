import * as t from "io-ts";

const NonBlank = t.refinement(t.string, (s) => s.trim() !== "", "NonBlank");

/** The roles a token may carry (the ledger's `system` role never comes from outside). */
export const TokenRole = t.keyof({ municipality: null, provider: null, auditor: null }, "TokenRole");
export type TokenRole = t.TypeOf<typeof TokenRole>;

/** What the service reads from a verified token: organisation, role and person. */
export const Claims = t.type({ org: NonBlank, role: TokenRole, person: NonBlank }, "Claims");
export type Claims = t.TypeOf<typeof Claims>;

/** Who is calling, as the verified token says; every command's actor is this. */
export interface Principal {
  readonly organisationId: string;
  readonly role: TokenRole;
  readonly person: string;
}

export const principalOf = (c: Claims): Principal => ({
  organisationId: c.org,
  role: c.role,
  person: c.person,
});

/** One algorithm, pinned: Ed25519 signatures (RFC 8037). */
export const TOKEN_ALGORITHM = "EdDSA";
export const DEFAULT_ISSUER = "grant-ledger";
export const DEFAULT_AUDIENCE = "grant-ledger-service";
