import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import type { StoreLocation } from "../config/storeLocation";
import { GRANTS_STREAM } from "../tenancy/grantEvents";

/** A configuration the service cannot start with; the server entry prints it and exits 2. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}

/**
 * Opens the ledger: a SQLite file (created with its directory when missing), a memory store,
 * or EventStoreDB. The EventStoreDB client is loaded only for an `esdb` URL (gRPC takes a while
 * to load); its streams are the agreements' and the auditor grants'.
 */
export const openServiceStore = async (location: StoreLocation): Promise<EventStore> => {
  switch (location.kind) {
    case "memory":
      return createInMemoryEventStore();
    case "sqlite": {
      const file = resolve(location.file);
      mkdirSync(dirname(file), { recursive: true });
      return openSqliteEventStore({ file });
    }
    case "eventstoredb": {
      const { DEFAULT_STREAM_PREFIXES, openEventStoreDbStore } = await import(
        "@grant-ledger/store-eventstoredb"
      );
      try {
        return openEventStoreDbStore(location.connectionString, {
          streamPrefixes: [...DEFAULT_STREAM_PREFIXES, GRANTS_STREAM],
        });
      } catch (error) {
        throw new ConfigurationError(
          `configuration: STORE_URL is not a connection string EventStoreDB accepts: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
};

/** For the server entries: a configuration error is printed and ends the process with 2. */
export const exitOnConfigurationError = (error: unknown): never => {
  if (!(error instanceof ConfigurationError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
};
