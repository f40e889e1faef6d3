import type { NextFunction, Request, Response } from "express";
import { sendProblem } from "../problems/problem";
import type { TokenVerifier } from "./verifier";

/** `Authorization: Bearer <jwt>`, verified; the caller becomes `res.locals.principal`. */
export const authenticate =
  (verify: TokenVerifier) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const requestId = (req as Request & { id: string }).id;
    const header = req.headers.authorization;
    const token = header?.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : undefined;
    const refuse = (detail: string) =>
      sendProblem(
        res,
        { type: "unauthenticated", detail, headers: { "WWW-Authenticate": 'Bearer realm="grant-ledger"' } },
        requestId,
      );
    if (token === undefined || token === "") return refuse("send Authorization: Bearer <token>");
    const verified = await verify(token);
    if (verified._tag === "Left") return refuse(verified.left.reason);
    res.locals.principal = verified.right;
    // The log says which organisation and role acted, never the person or the token.
    req.log = req.log.child({ org: verified.right.organisationId, role: verified.right.role });
    next();
  };
