import type { Json } from "../event/canonicalJson";
import { AUDIT_BUNDLE_FORMAT, type AuditBundle, type BundleEvent, type BundleStreamHead } from "./bundle";

/**
 * A hand-written decoder: the package has no dependencies (it runs in a browser as it is),
 * so no io-ts here. Every problem names its path and the offending value, as io-ts's do.
 */
type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
const bad = <T>(path: string, expected: string, value: unknown): Decoded<T> => {
  const shown = JSON.stringify(value);
  return {
    ok: false,
    problem: `${path}: expected ${expected}, found ${shown === undefined ? "nothing" : shown.slice(0, 80)}`,
  };
};

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u);

const text = (u: unknown, path: string): Decoded<string> =>
  typeof u === "string" ? ok(u) : bad(path, "a string", u);

const position = (u: unknown, path: string): Decoded<bigint> =>
  typeof u === "string" && /^(?:0|[1-9][0-9]*)$/.test(u)
    ? ok(BigInt(u))
    : bad(path, "a decimal string >= 0", u);

const hexHash = (u: unknown, path: string): Decoded<string> =>
  typeof u === "string" && /^[0-9a-f]{64}$/.test(u) ? ok(u) : bad(path, "64 lowercase hex digits", u);

const hashList = (u: unknown, path: string): Decoded<string[]> => {
  if (!Array.isArray(u)) return bad(path, "an array of base64 hashes", u);
  const i = u.findIndex((h) => typeof h !== "string");
  return i < 0 ? ok(u as string[]) : bad(`${path}.${i}`, "a base64 string", u[i]);
};

const object = (u: unknown, path: string): Decoded<{ readonly [key: string]: Json }> =>
  isRecord(u) ? ok(u as { readonly [key: string]: Json }) : bad(path, "a JSON object", u);

type Fields<T> = { readonly [K in keyof T]: (u: unknown, path: string) => Decoded<T[K]> };

const record = <T>(u: unknown, path: string, fields: Fields<T>): Decoded<T> => {
  if (!isRecord(u)) return bad(path, "an object", u);
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const field = fields[key](u[key], `${path}.${key}`);
    if (!field.ok) return field;
    out[key] = field.value;
  }
  return ok(out as T);
};

const event = (u: unknown, path: string): Decoded<BundleEvent> =>
  record<BundleEvent>(u, path, {
    streamId: text,
    revision: position,
    globalPosition: position,
    type: text,
    schemaVersion: (v, p) => (Number.isSafeInteger(v) ? ok(v as number) : bad(p, "an integer", v)),
    data: object,
    metadata: object,
    previousHash: hexHash,
    hash: hexHash,
    inclusionProof: hashList,
  });

const streamHead = (u: unknown, path: string): Decoded<BundleStreamHead> =>
  record<BundleStreamHead>(u, path, {
    revision: position,
    globalPosition: position,
    hash: hexHash,
    index: position,
    inclusionProof: hashList,
  });

/** The bundle in a parsed JSON value, or the first problem (path and value named). */
export const decodeBundle = (u: unknown): Decoded<AuditBundle> => {
  if (isRecord(u) && u.format !== AUDIT_BUNDLE_FORMAT)
    return bad(
      "format",
      `${JSON.stringify(AUDIT_BUNDLE_FORMAT)} (format /1 bundles carry no stream head; write the bundle again)`,
      u.format,
    );
  const head = record<Omit<AuditBundle, "events" | "since">>(u, "bundle", {
    format: (v) => ok(v as typeof AUDIT_BUNDLE_FORMAT),
    agreementId: text,
    streamId: text,
    treeHead: text,
    keyId: text,
    streamHead,
  });
  if (!head.ok) return head;
  const bundle = u as Record<string, unknown>;
  if (!Array.isArray(bundle.events)) return bad("bundle.events", "an array of events", bundle.events);
  const events: BundleEvent[] = [];
  for (const [i, e] of bundle.events.entries()) {
    const decoded = event(e, `bundle.events.${i}`);
    if (!decoded.ok) return decoded;
    events.push(decoded.value);
  }
  if (bundle.since === undefined) return ok({ ...head.value, events });
  const since = record<NonNullable<AuditBundle["since"]>>(bundle.since, "bundle.since", {
    treeSize: position,
    consistencyProof: hashList,
  });
  return since.ok ? ok({ ...head.value, events, since: since.value }) : since;
};

/** Reads a bundle file's text. */
export const parseBundle = (fileText: string): Decoded<AuditBundle> => {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    return { ok: false, problem: `not JSON: ${(error as Error).message}` };
  }
  return decodeBundle(json);
};

export type { Decoded };
