import type { EventStore } from "@grant-ledger/event-store";
import { Option } from "commander";
import type { CommandIo } from "../io/commandIo";
import { exitForFailure, openFailure } from "../runner/failure";
import { DEFAULT_STORE_URL } from "./openStore";

/** How commands reach a store: injectable so tests and embedders can pass one (e.g. in memory). */
export type StoreOpener = (url: string) => Promise<EventStore>;

/** Opens the store, runs `use`, always closes it. A store that cannot be opened is a usage error (2), see `openFailure`. */
export const usingStore = async (
  url: string,
  open: StoreOpener,
  io: CommandIo,
  use: (store: EventStore) => Promise<number>,
): Promise<number> => {
  let store: EventStore;
  try {
    store = await open(url);
  } catch (error) {
    return exitForFailure(openFailure(url, error), io);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

/** Opens the store, runs `use`, always closes it; a store that cannot be opened throws (see `openFailure`). */
export const withStore = async <A>(
  open: StoreOpener,
  url: string,
  use: (store: EventStore) => Promise<A>,
) => {
  let store: EventStore;
  try {
    store = await open(url);
  } catch (error) {
    throw openFailure(url, error);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

export const storeOption = () => new Option("--store <url>", "event store URL").default(DEFAULT_STORE_URL);
