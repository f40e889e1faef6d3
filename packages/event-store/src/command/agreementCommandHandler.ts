import { type Command, agreementDecider, decodeEvent, encodeEvent } from "@grant-ledger/core";
import { type EventStore, agreementStreamId } from "../port";
import { createCommandHandler } from "./commandHandler";

/**
 * The command handler wired for agreements: the core's decider and serialisation, one
 * stream `agreement-<id>` per agreement. What the CLI, the importer and embedders use.
 */
export const createAgreementCommandHandler = (
  store: EventStore,
  options: {
    readonly clock?: () => Date;
    readonly maxAttempts?: number;
    /** See `CommandHandlerOptions.stateCache`: for long-running processes. */
    readonly stateCache?: { readonly maxStreams: number };
  } = {},
) =>
  createCommandHandler({
    store,
    decider: agreementDecider,
    streamIdOf: (c: Command) => agreementStreamId(c.data.agreementId),
    encode: encodeEvent,
    decode: decodeEvent,
    ...options,
  });
