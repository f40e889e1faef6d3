import { EventStoreDBClient } from "@eventstore/db-client";

const SCHEMES = ["esdb://", "esdb+discover://"] as const;

/** Whether a store URL names EventStoreDB (a single node, a node list, or a cluster to discover). */
export const isEventStoreDbUrl = (url: string): boolean => SCHEMES.some((scheme) => url.startsWith(scheme));

/**
 * A client from an EventStoreDB connection string, e.g. `esdb://localhost:2113?tls=false`,
 * `esdb://node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=ca.crt` or
 * `esdb+discover://admin:changeit@cluster.example.org:2113?tlsVerifyCert=true`. The client
 * parses the settings (TLS, certificates, credentials, node preference, timeouts); this only
 * refuses URLs that are not EventStoreDB URLs, with a message naming the accepted forms.
 */
export const clientFromConnectionString = (connectionString: string): EventStoreDBClient => {
  if (!isEventStoreDbUrl(connectionString)) {
    throw new Error(
      `not an EventStoreDB connection string: ${JSON.stringify(connectionString)} (use esdb://host:port?tls=... or esdb+discover://host:port)`,
    );
  }
  return EventStoreDBClient.connectionString(connectionString);
};
