import { UnavailableError } from "@eventstore/db-client";
import { storeUnreachable } from "@grant-ledger/event-store";

/**
 * Turns the client's transport failures into the store-neutral `StoreUnreachable`, naming the
 * connection string. `UnavailableError` is the client's typed "no connection". Before the first
 * exchange that succeeded, an untyped error from the client can only come from connecting
 * (cluster discovery gives up with a plain Error), so it is reported as unreachable too.
 */
export const createReachability = (connectionString: string) => {
  // Credentials in the connection string stay out of messages.
  const url = connectionString.replace(/\/\/[^@/]*@/, "//");
  let reached = false;
  const translate = (error: unknown): unknown => {
    if (error instanceof UnavailableError)
      return storeUnreachable(
        url,
        "no connection could be established (is EventStoreDB running at that host and port?)",
      );
    if (!reached && isPlainError(error) && !hasClientType(error))
      return storeUnreachable(url, `could not connect or discover the cluster: ${(error as Error).message}`);
    return error;
  };
  const call = async <A>(run: () => Promise<A>): Promise<A> => {
    try {
      const result = await run();
      reached = true;
      return result;
    } catch (error) {
      throw translate(error);
    }
  };
  async function* iterate<A>(source: () => AsyncIterable<A>): AsyncGenerator<A> {
    try {
      for await (const item of source()) {
        reached = true;
        yield item;
      }
      reached = true;
    } catch (error) {
      throw translate(error);
    }
  }
  return { call, iterate };
};

// The client's own command errors (wrong expected version, stream not found, ...) carry a `type`.
const hasClientType = (error: unknown): boolean =>
  typeof error === "object" && error !== null && typeof (error as { type?: unknown }).type === "string";

// A bug of ours (TypeError, RangeError, ...) is not a connection failure.
const isPlainError = (error: unknown): boolean =>
  error instanceof Error && Object.getPrototypeOf(error) === Error.prototype;
