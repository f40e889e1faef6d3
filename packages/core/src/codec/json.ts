/**
 * JSON as stored and as sent over the wire: the one definition. The storage port
 * (`@grant-ledger/event-store`) re-exports it, so events and commands, adapters and
 * the chain all speak of the same type.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
