import type { TokenVerifier } from "@grant-ledger/tokens";
import type { Request } from "express";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { decodeJwt } from "jose";
import { decodeQuery } from "../app/decodeQuery";
import type { Route } from "../app/route";
import { decodeBody } from "../commands/commandEndpoints";
import { problem } from "../problems/problem";
import { loginPage } from "./loginPage";
import { SESSION_COOKIE } from "./sessionCookie";

/** Where to go after logging in: a path of this service (`/…`, never `//host` or a URL). */
export const LocalPath = t.refinement(
  t.string,
  (s) => /^\/(?![/\\])[\x21-\x7e]*$/.test(s) && !s.includes("\\"),
  "LocalPath",
);
const LoginQuery = t.partial({ next: LocalPath }, "LoginQuery");
export const LoginForm = t.intersection(
  [
    t.type({ token: t.refinement(t.string, (s) => s.trim() !== "", "NonBlank") }),
    t.partial({ next: LocalPath }),
  ],
  "LoginForm",
);

const DEFAULT_NEXT = "/agreements";

/**
 * Login CSRF: a form posted from another site would log this browser in as someone else.
 * Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); either naming another
 * site refuses it. (Clients that send neither, such as curl, are not browsers.)
 */
// The form's page sends its origin along (helmet's `no-referrer` would make it `Origin: null`).
const FORM_REFERRER_POLICY = "same-origin";
const crossSite = (req: Request): boolean => {
  const site = req.get("sec-fetch-site");
  if (site !== undefined) return site !== "same-origin" && site !== "none";
  const origin = req.get("origin");
  if (origin === undefined) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== req.get("host");
  } catch {
    return true;
  }
};

export const loginRoutes = (o: { readonly verify: TokenVerifier; readonly clock: () => Date }): Route[] => [
  {
    operationId: "loginPage",
    method: "get",
    path: "/login",
    summary: "A login page for browsers: paste a token to read pages, trails and reports",
    tag: "session",
    authenticated: false,
    parameters: [
      {
        name: "next",
        in: "query",
        required: false,
        description: "where to go after logging in: a path of this service (default /agreements)",
        schema: LocalPath,
      },
    ],
    responses: { 200: { description: "the form", alsoAs: ["text/html"] } },
    problems: ["invalid-request"],
    handle: async ({ req, res }) => {
      const query = decodeQuery(LoginQuery, req.query, ["next"], "the login page");
      res.setHeader("Referrer-Policy", FORM_REFERRER_POLICY);
      res.type("html").send(loginPage(query.next ?? DEFAULT_NEXT));
    },
  },
  {
    operationId: "login",
    method: "post",
    path: "/login",
    summary: "Log a browser in: the token becomes an HttpOnly, SameSite=Strict session cookie",
    description:
      "The token is verified as a bearer token is. The cookie (Secure over https) is read for GET and HEAD only, so it never authorises a command; it lasts as long as the token. A form posted from another site is refused (login CSRF).",
    tag: "session",
    authenticated: false,
    body: LoginForm,
    bodyMediaType: "application/x-www-form-urlencoded",
    responses: {
      303: { description: "logged in: on to `next`", headers: ["Location", "Set-Cookie"] },
      401: { description: "the token was refused: the form again, saying why", alsoAs: ["text/html"] },
    },
    problems: ["invalid-request", "cross-site-request", "unsupported-media-type", "payload-too-large"],
    handle: async ({ req, res }) => {
      if (crossSite(req)) throw problem("cross-site-request", "log in from this service's own /login page");
      const form = decodeBody(LoginForm, req.body);
      const next = form.next ?? DEFAULT_NEXT;
      const token = form.token.trim();
      const verified = await o.verify(token);
      if (E.isLeft(verified)) {
        res.setHeader("Referrer-Policy", FORM_REFERRER_POLICY);
        res
          .status(401)
          .type("html")
          .send(loginPage(next, `That token was refused: ${verified.left.reason}.`));
        return;
      }
      // Verified, so `exp` is there and in the future: the cookie ends with the token.
      const expires = (decodeJwt(token).exp ?? 0) * 1000;
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: "strict",
        secure: req.secure,
        path: "/",
        maxAge: Math.max(0, expires - o.clock().getTime()),
      });
      res.redirect(303, next);
    },
  },
  {
    operationId: "logout",
    method: "post",
    path: "/logout",
    summary: "End this browser's session (clears the cookie)",
    tag: "session",
    authenticated: false,
    bodyMediaType: "application/x-www-form-urlencoded",
    responses: { 303: { description: "logged out: on to /login", headers: ["Location", "Set-Cookie"] } },
    problems: [],
    handle: async ({ req, res }) => {
      res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/" });
      res.redirect(303, "/login");
    },
  },
];
