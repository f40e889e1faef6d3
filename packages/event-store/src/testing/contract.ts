import { describe } from "vitest";
import { describeAppendContract } from "./appendContract";
import { type StoreFactory, withStoreFrom } from "./fixtures";
import { describeLiveContract } from "./liveContract";
import { describeReadContract } from "./readContract";

export interface ContractOptions {
  /** Events in the large-stream test (default 1200: several pages for any sensible page size). */
  readonly largeStreamSize?: number;
  /** Appends raced against each other in the concurrency tests (default 20). */
  readonly concurrentAppends?: number;
}

/**
 * The behaviour every EventStore adapter must show, as a vitest suite. Each test takes a fresh
 * store from `factory` and calls its `cleanup` (or `store.close()`) afterwards. Tests use their
 * own random stream ids and read from positions they wrote, so a factory may share one
 * backing store across tests as long as no one else writes to it meanwhile.
 */
export const describeEventStoreContract = (
  name: string,
  factory: StoreFactory,
  options: ContractOptions = {},
): void => {
  const withStore = withStoreFrom(factory);
  describe(`EventStore contract: ${name}`, () => {
    describeAppendContract(withStore);
    describeReadContract(withStore, options.largeStreamSize ?? 1200);
    describeLiveContract(withStore, options.concurrentAppends ?? 20);
  });
};
