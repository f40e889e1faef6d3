import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { type DecodeProblem, decodeProblems } from "../codec/decodeError";
import { type DomainEvent, currentSchemaVersion, eventCodecs, isDomainEventType } from "./catalogue";
import { upcast } from "./upcasters";

/** JSON as stored: the same shape as the event store's `EventToAppend`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject & { readonly commandId: string };
}

// Drops `undefined` members (absent optional fields) so the result is plain JSON.
const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Decimals become strings (`"4986.75"`), cents become digit strings (`"7755"`). */
export const encodeEvent = (event: DomainEvent): EncodedEvent => {
  const codec = eventCodecs[event.type] as unknown as t.Type<
    DomainEvent,
    { data: unknown; metadata: unknown }
  >;
  const encoded = codec.encode(event);
  return {
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: toJson(encoded.data) as JsonObject,
    metadata: toJson(encoded.metadata) as JsonObject & { commandId: string },
  };
};

const problem = (path: string, expected: string, found: unknown, message: string): DecodeProblem => ({
  path,
  expected,
  found,
  message: `at ${path}: ${message}`,
});

/**
 * Reads a stored event of any known version: older versions go through the upcaster chain
 * first, then the current codec. Problems name the path and the offending value.
 */
export const decodeEvent = (raw: unknown): E.Either<DecodeProblem[], DomainEvent> => {
  if (typeof raw !== "object" || raw === null)
    return E.left([problem("(root)", "an event object", raw, "expected an event object")]);
  const { type, schemaVersion, data, metadata } = raw as Record<string, unknown>;
  if (typeof type !== "string" || !isDomainEventType(type)) {
    return E.left([
      problem("type", "a known event type", type, `unknown event type ${JSON.stringify(type)}`),
    ]);
  }
  if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return E.left([
      problem(
        "schemaVersion",
        "a positive integer",
        schemaVersion,
        "expected a positive integer schema version",
      ),
    ]);
  }
  const target = currentSchemaVersion(type);
  return E.flatMap(upcast(type, schemaVersion, data, target), (upcasted) =>
    E.mapLeft(decodeProblems)(
      (eventCodecs[type] as unknown as t.Type<DomainEvent>).decode({
        type,
        schemaVersion: target,
        data: upcasted,
        metadata,
      }),
    ),
  );
};
