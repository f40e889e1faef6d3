import { StreamsService } from "@eventstore/db-client/generated/streams_grpc_pb";
import { Server, ServerCredentials } from "@grpc/grpc-js";
import { type AppendRequest, appendHandler } from "./appendHandler";
import { type Log, createLog } from "./log";
import { type SubscriptionControls, createReadHandler } from "./readHandler";

/**
 * An in-process gRPC server speaking the part of EventStoreDB's Streams service the adapter
 * uses (Append, Read of streams and `$all`, `$all` subscriptions). It registers nothing else:
 * ServerFeatures and Gossip answer UNIMPLEMENTED, so the client falls back to plain Append
 * and connects to the one node it was given.
 */
export interface ProtocolTestServer extends SubscriptionControls {
  readonly connectionString: string;
  readonly log: Log;
  /** Every append received, in order. */
  readonly appendRequests: readonly AppendRequest[];
  readonly stop: () => Promise<void>;
}

export const startProtocolTestServer = async (): Promise<ProtocolTestServer> => {
  const log = createLog();
  const read = createReadHandler(log);
  const appendRequests: AppendRequest[] = [];
  const server = new Server();
  server.addService(StreamsService, { read: read.handler, append: appendHandler(log, appendRequests) });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (error, bound) =>
      error === null ? resolve(bound) : reject(error),
    );
  });
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    appendRequests,
    ...read.controls,
    stop: async () => {
      read.controls.dropAllSubscriptions();
      server.forceShutdown();
    },
  };
};
