import { createHash } from "node:crypto";
import type { Response } from "express";
import { LRUCache } from "lru-cache";

/** A page of the audit trail as sent: its bytes, their strong ETag and the headers that go with them. */
export interface SerialisedPage {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly link?: string;
}

export interface TrailPages {
  get(key: string): SerialisedPage | undefined;
  /** Keeps a page that can no longer change (see `auditTrail`: one with a `next`). */
  keep(key: string, page: SerialisedPage): void;
}

/** Default bound: about 190 first pages of 100 generated events (172.8 KiB each). */
export const DEFAULT_TRAIL_PAGE_BYTES = 32 * 1024 * 1024;

/**
 * The serialised pages of audit trails, least recently used dropped first, bounded by bytes.
 * Only what the caller checked is kept: the key names everything the bytes depend on, and
 * tenancy is checked on every request before a page is looked up (see `auditTrail`).
 */
export const createTrailPages = (maxBytes: number = DEFAULT_TRAIL_PAGE_BYTES): TrailPages => {
  const pages = new LRUCache<string, SerialisedPage>({
    maxSize: maxBytes,
    sizeCalculation: (page, key) => page.body.length + key.length,
  });
  return {
    get: (key) => pages.get(key),
    keep: (key, page) => {
      pages.set(key, page);
    },
  };
};

/** Keeps nothing: for `trailPageBytes: 0`. */
export const noTrailPages: TrailPages = { get: () => undefined, keep: () => {} };

export const serialisedPage = (
  body: string,
  contentType: string,
  link: string | undefined,
): SerialisedPage => {
  const bytes = Buffer.from(body, "utf8");
  return {
    body: bytes,
    // Strong: the digest of the exact bytes, so equal tags mean byte-equal representations.
    etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`,
    contentType,
    ...(link === undefined ? {} : { link }),
  };
};

/** Whether `If-None-Match` names the page (`*` or one of a list; weak comparison, RFC 9110 §13.1.2). */
const noneMatch = (header: string | undefined, etag: string): boolean => {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
};

/** Sends the page, or 304 when the client holds it already. */
export const sendPage = (res: Response, ifNoneMatch: string | undefined, page: SerialisedPage): void => {
  if (page.link !== undefined) res.setHeader("Link", page.link);
  res.setHeader("ETag", page.etag);
  // Each read is authorised: a client may keep the page, a shared cache may not, and it asks again.
  res.setHeader("Cache-Control", "private, no-cache");
  if (noneMatch(ifNoneMatch, page.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader("Content-Type", page.contentType);
  res.setHeader("Content-Length", page.body.length);
  res.end(page.body);
};
