import { parse } from "cookie";
import type { Request } from "express";

/**
 * A browser's login: the verified bearer token itself, in an HttpOnly, SameSite=Strict cookie
 * (Secure over https). It is read only for safe methods, so it can show pages and reports but
 * never send a command: commands need `Authorization: Bearer` (and If-Match), which another
 * site cannot make a browser send. Nothing is kept on the server; the token's expiry ends it.
 */
export const SESSION_COOKIE = "grant_ledger_session";

const SAFE = new Set(["GET", "HEAD"]);

/** The session cookie's token, on a safe request; undefined otherwise. */
export const sessionTokenOf = (req: Request): string | undefined => {
  if (!SAFE.has(req.method)) return undefined;
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  const token = parse(header)[SESSION_COOKIE];
  return token === undefined || token === "" ? undefined : token;
};
