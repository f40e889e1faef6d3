import * as t from "io-ts";

/** Where the service keeps its ledger, as `STORE_URL` names it. */
export type StoreLocation =
  | { readonly kind: "sqlite"; readonly file: string }
  | { readonly kind: "memory" }
  /** The whole URL is the client's connection string (TLS, certificates, node lists, discovery). */
  | { readonly kind: "eventstoredb"; readonly connectionString: string };

const ESDB = /^esdb(\+discover)?:\/\/[^/?#\s]+/;

/**
 * `sqlite:<file>`, `memory:`, or an EventStoreDB connection string (`esdb://host:port?tls=…`,
 * `esdb+discover://…`). The form is checked here; the EventStoreDB client parses the settings
 * when the store is opened (see openServiceStore), so its messages name a wrong option.
 */
export const StoreUrl = new t.Type<StoreLocation, string, unknown>(
  "StoreUrl (sqlite:<file>, memory:, esdb://host:port?tls=true|false or esdb+discover://host:port)",
  (u): u is StoreLocation => typeof u === "object" && u !== null && "kind" in u,
  (u, c) => {
    if (typeof u !== "string") return t.failure(u, c);
    if (u === "memory:") return t.success({ kind: "memory" });
    if (u.startsWith("sqlite:") && u.length > "sqlite:".length)
      return t.success({ kind: "sqlite", file: u.slice("sqlite:".length) });
    if (ESDB.test(u)) return t.success({ kind: "eventstoredb", connectionString: u });
    return t.failure(u, c);
  },
  (l) => (l.kind === "memory" ? "memory:" : l.kind === "sqlite" ? `sqlite:${l.file}` : l.connectionString),
);

/** The location for messages and logs: an EventStoreDB URL without its user name and password. */
export const describeStore = (l: StoreLocation): string =>
  l.kind === "eventstoredb"
    ? l.connectionString.replace(/^(esdb(\+discover)?:\/\/)[^@/?#]*@/, "$1")
    : StoreUrl.encode(l);
