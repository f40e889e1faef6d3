export {
  type Claims,
  type Principal,
  TokenRole,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  TOKEN_ALGORITHM,
} from "./claims";
export { type MintOptions, mintToken } from "./mintToken";
export { generateTokenKeyPair } from "./signingKeys";
export { type TokenKey, type TokenRefusal, type TokenVerifier, createTokenVerifier } from "./verifier";
