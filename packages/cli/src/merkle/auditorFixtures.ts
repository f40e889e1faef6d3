/** Test fixtures for the Merkle commands: a key pair on disk and a small seeded store. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type EventStore,
  createInMemoryEventStore,
  generateCheckpointKeyPair,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";

/** Hands the same store to every command and keeps it open across them. */
export const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });

export const auditorKeys = async () => {
  const dir = await mkdtemp(join(tmpdir(), "gl-tree-head-"));
  const keys = generateCheckpointKeyPair();
  const privateKey = join(dir, "private.pem");
  const publicKey = join(dir, "public.pem");
  await writeFile(privateKey, keys.privateKeyPem);
  await writeFile(publicKey, keys.publicKeyPem);
  return { dir, privateKey, publicKey, publicKeyPem: keys.publicKeyPem };
};

export const seeded = async () => {
  const store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(3), "no-stream");
  await store.appendToStream("agreement-b", aBatch(2), "no-stream");
  return store;
};
