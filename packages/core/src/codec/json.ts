/**
 * JSON as stored and as sent over the wire: the one definition. The storage port
 * (`@grant-ledger/event-store`) re-exports it, so events and commands, adapters and
 * the chain all speak of the same type.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * What `JSON.parse(JSON.stringify(value))` returns, without building the text: absent
 * (`undefined`) members dropped, `undefined` in arrays as `null`, `toJSON` honoured,
 * non-finite numbers as `null`, -0 as 0. Encoders produce plain data, so this is a copy, not a parse.
 */
export const plainJson = (value: unknown): JsonValue => {
  const v = value as { toJSON?: () => unknown } | null;
  if (v !== null && typeof v === "object" && typeof v.toJSON === "function") return plainJson(v.toJSON());
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      // JSON text has no -0: it reads back as 0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case "bigint":
      throw new TypeError("Do not know how to serialize a BigInt");
    case "object": {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: JsonValue[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          const kind = typeof item;
          out[i] = item === undefined || kind === "function" || kind === "symbol" ? null : plainJson(item);
        }
        return out;
      }
      const out: { [key: string]: JsonValue } = {};
      for (const key of Object.keys(value)) {
        const member = (value as Record<string, unknown>)[key];
        const kind = typeof member;
        if (member === undefined || kind === "function" || kind === "symbol") continue;
        // `out.__proto__ = …` would set the prototype and lose the member; JSON.parse keeps it as
        // an own property, and so must we.
        if (key === "__proto__") {
          Object.defineProperty(out, key, {
            value: plainJson(member),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else out[key] = plainJson(member);
      }
      return out;
    }
    default:
      return null;
  }
};
