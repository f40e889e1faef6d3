import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { type DecodeProblem, decodeProblems } from "../codec/decodeError";
import { type FastDecode, fastDecoderOf } from "../codec/fastPath";
import { type JsonObject, plainJson } from "../codec/json";
import {
  DOMAIN_EVENT_TYPES,
  type DomainEvent,
  type DomainEventType,
  agreementUpcasters,
  currentSchemaVersion,
  eventCodecs,
  isDomainEventType,
} from "./catalogue";
import { type UpcasterTable, upcast, upcasterTable } from "./upcasters";

export interface EncodedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject & { readonly commandId: string };
}

// Drops `undefined` members (absent optional fields) so the result is plain JSON, without a text round trip.
const toJson = plainJson;

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
 * A reader of stored events of any known version: older versions go through the given
 * upcasters first, then the current codec. Problems name the path and the offending value.
 */
export const eventDecoder =
  (upcasters: UpcasterTable) =>
  (raw: unknown): E.Either<DecodeProblem[], DomainEvent> => {
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
    if (schemaVersion === target) return decodeCurrent(type, raw, data, metadata);
    return E.flatMap(upcast(upcasters, type, schemaVersion, data, target), (upcasted) =>
      decodeCurrent(type, undefined, upcasted, metadata),
    );
  };

/** Reads a stored agreement event, upcasting with `agreementUpcasters`. */
export const decodeEvent = eventDecoder(upcasterTable(agreementUpcasters));

const fastDecoders = new Map(
  DOMAIN_EVENT_TYPES.map((type) => [
    type,
    fastDecoderOf(eventCodecs[type] as unknown as t.Type<DomainEvent>),
  ]),
);

/**
 * `stored` is the event as read when it is already at the current version: decoded as it
 * is, with no intermediate object. Invalid events are decoded again by the codec for its errors.
 */
const decodeCurrent = (
  type: DomainEventType,
  stored: unknown,
  data: unknown,
  metadata: unknown,
): E.Either<DecodeProblem[], DomainEvent> => {
  const event = stored ?? { type, schemaVersion: currentSchemaVersion(type), data, metadata };
  const fast = (fastDecoders.get(type) as FastDecode<DomainEvent>)(event);
  if (fast !== undefined) return E.right(fast);
  return E.mapLeft(decodeProblems)((eventCodecs[type] as unknown as t.Type<DomainEvent>).decode(event));
};
