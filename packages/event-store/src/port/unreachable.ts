/**
 * A store whose server cannot be reached (down, wrong host, cluster not discoverable). Adapters
 * throw this instead of their client's transport errors, so callers can tell "the server is not
 * there" from a bug without knowing which client library the adapter uses.
 */
export interface StoreUnreachable extends Error {
  readonly name: "StoreUnreachable";
  /** The store URL or connection string, as the caller gave it. */
  readonly url: string;
  /** What the client reported, in its own words. */
  readonly detail: string;
}

export const storeUnreachable = (url: string, detail: string): StoreUnreachable =>
  Object.assign(new Error(`cannot reach the store at ${url}: ${detail}`), {
    name: "StoreUnreachable" as const,
    url,
    detail,
  });

export const isStoreUnreachable = (error: unknown): error is StoreUnreachable =>
  error instanceof Error &&
  error.name === "StoreUnreachable" &&
  typeof (error as { url?: unknown }).url === "string";
