import type { TokenVerifier } from "@grant-ledger/tokens";
import type { NextFunction, Request, Response } from "express";
import { sendProblem } from "../problems/problem";
import { sessionTokenOf } from "../session/sessionCookie";

/**
 * `Authorization: Bearer <jwt>` (or, for reading only, a browser's session cookie), verified;
 * the caller becomes `res.locals.principal`.
 */
export const authenticate =
  (verify: TokenVerifier) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const requestId = (req as Request & { id: string }).id;
    const header = req.headers.authorization;
    const bearer = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : undefined;
    const token = bearer === undefined || bearer === "" ? sessionTokenOf(req) : bearer;
    const refuse = (detail: string) =>
      sendProblem(
        res,
        { type: "unauthenticated", detail, headers: { "WWW-Authenticate": 'Bearer realm="grant-ledger"' } },
        requestId,
      );
    if (token === undefined)
      return refuse(
        req.method === "GET" || req.method === "HEAD"
          ? "send Authorization: Bearer <token> (or log in at /login)"
          : "send Authorization: Bearer <token> (a login session only reads)",
      );
    const verified = await verify(token);
    if (verified._tag === "Left") return refuse(verified.left.reason);
    res.locals.principal = verified.right;
    // The log says which organisation and role acted, never the person or the token.
    req.log = req.log.child({ org: verified.right.organisationId, role: verified.right.role });
    next();
  };
