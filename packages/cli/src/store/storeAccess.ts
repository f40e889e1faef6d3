import type { EventStore } from "@grant-ledger/event-store";
import { Option } from "commander";
import type { CommandIo } from "../io/commandIo";
import type { Messages } from "../messages/catalogue";
import { exitForFailure, openFailure } from "../runner/failure";
import { DEFAULT_STORE_URL, type StoreAccess } from "./openStore";

/**
 * How commands reach a store: injectable so tests and embedders can pass one (e.g. in memory).
 * `access` says whether a missing store may be created (`openStore` refuses it otherwise).
 */
export type StoreOpener = (url: string, access?: StoreAccess) => Promise<EventStore>;

/** Opens the store, runs `use`, always closes it. A store that cannot be opened is a usage error (2), see `openFailure`. */
export const usingStore = async (
  url: string,
  open: StoreOpener,
  io: CommandIo,
  use: (store: EventStore) => Promise<number>,
  access: StoreAccess = "existing",
  messages?: Messages,
): Promise<number> => {
  let store: EventStore;
  try {
    store = await open(url, access);
  } catch (error) {
    return exitForFailure(openFailure(url, error), io, messages === undefined ? {} : { messages });
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
  access: StoreAccess = "existing",
) => {
  let store: EventStore;
  try {
    store = await open(url, access);
  } catch (error) {
    throw openFailure(url, error);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

/**
 * The store URLs `openStore` reads, named once for every `--store` help in both languages
 * (`file` is the language's word for the SQLite file).
 */
export const storeUrlForms = (file: string): string =>
  `sqlite:${file}, memory:, esdb://..., esdb+discover://...`;

/** `--store`, with the command's words for it (the help catalogue's). */
export const storeOption = (description: string) =>
  new Option("--store <url>", description).default(DEFAULT_STORE_URL);

/** For the commands that may make a new store: import, propose, demo. */
export const createOption = (description: string) => new Option("--create", description);
