import type { Request } from "express";
import { problem } from "../problems/problem";

const invalid = (name: string, value: unknown, message: string) =>
  problem("invalid-request", `${name}: ${message}`, {
    problems: [{ path: `query ${name}`, value, message }],
  });

/** `limit` as a page size; absent: the default. */
export const limitOf = (value: unknown, fallback: number, max = 500): number => {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !/^[1-9][0-9]{0,3}$/.test(value) || Number(value) > max)
    throw invalid("limit", value, `expected a whole number from 1 to ${max}`);
  return Number(value);
};

/** Cursors are opaque to clients: base64url of where the next page starts. */
export const encodeCursor = (position: string): string => Buffer.from(`c1:${position}`).toString("base64url");

export const decodeCursor = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  const text = typeof value === "string" ? Buffer.from(value, "base64url").toString("utf8") : "";
  if (!text.startsWith("c1:")) throw invalid("cursor", value, "not a cursor this service gave out");
  return text.slice(3);
};

/** The same request with `cursor` set: RFC 8288 `Link: <…>; rel="next"`. */
export const nextLink = (req: Request, cursor: string): string => {
  const url = new URL(req.originalUrl, "http://service.invalid");
  url.searchParams.set("cursor", cursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
};
