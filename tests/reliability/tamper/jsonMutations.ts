import type { JsonObject, JsonValue } from "@grant-ledger/event-store";
import type { Mutation } from "./mutation";
import {
  type Row,
  type Tampering,
  canonicalJson,
  innerRows,
  leafOf,
  objectsIn,
  replaceAt,
} from "./tampering";

type JsonColumn = "data" | "metadata";
type Level = "top" | "nested";

interface Picked {
  readonly row: Row;
  readonly text: string;
  readonly value: JsonValue;
  readonly path: string;
  readonly object: JsonObject;
  /** The canonical text of the picked object, as it appears inside the stored text. */
  readonly objectText: string;
}

/** A row (not its stream's last, so a forger gains nothing from the stream's end) and an object in one of its JSON columns. */
const pick = (
  t: Tampering,
  column: JsonColumn,
  level: Level,
  which: (o: JsonObject) => boolean = () => true,
): Picked => {
  const row = t.random.pick(innerRows(t.rows()));
  const text = row[column];
  const value = JSON.parse(text) as JsonValue;
  const objects = objectsIn(value).filter((o) => which(o.object));
  const candidates =
    level === "top" ? objects.filter((o) => o.path === "$") : objects.filter((o) => o.path !== "$");
  const { path, object } = t.random.pick(candidates);
  return { row, text, value, path, object, objectText: canonicalJson(object) };
};

const withLeaf = (o: JsonObject) => leafOf(o) !== undefined;
const withNumber = (o: JsonObject) => Object.values(o).some((v) => typeof v === "number");
const withKeys = (o: JsonObject) => Object.keys(o).length >= 2;

/** Rewrites the picked object inside the stored text (canonical text is compositional). */
const spliceText = (p: Picked, objectText: string): string => {
  const at = p.text.indexOf(p.objectText);
  if (at < 0) throw new Error(`the stored text does not contain ${p.objectText}`);
  return p.text.slice(0, at) + objectText + p.text.slice(at + p.objectText.length);
};

const forgedLeaf = (v: JsonValue): JsonValue => (typeof v === "number" ? v + 1000 : `${String(v)} (forged)`);

const jsonMutationsFor = (column: JsonColumn, level: Level): Mutation[] => {
  const where = `${column} ${level === "top" ? "top level" : "nested object"}`;
  const byValue = (
    kind: string,
    which: (o: JsonObject) => boolean,
    change: (o: JsonObject) => JsonValue,
  ) => ({
    kind: `${where}: ${kind}`,
    seenBy: "verify" as const,
    streamSees: true,
    apply: (t: Tampering) => {
      const p = pick(t, column, level, which);
      t.set(p.row, column, canonicalJson(replaceAt(p.value, p.path, change)));
      return p.row.stream_id;
    },
  });
  const byText = (kind: string, which: (o: JsonObject) => boolean, rewrite: (p: Picked) => string) => ({
    kind: `${where}: ${kind}`,
    seenBy: "verify" as const,
    streamSees: true,
    apply: (t: Tampering) => {
      const p = pick(t, column, level, which);
      t.set(p.row, column, spliceText(p, rewrite(p)));
      return p.row.stream_id;
    },
  });
  return [
    byValue("value edited", withLeaf, (o) => {
      const [k, v] = leafOf(o)!;
      return { ...o, [k]: forgedLeaf(v) };
    }),
    byValue(
      "key added",
      () => true,
      (o) => ({ ...o, approvedBy: "forger" }),
    ),
    byValue("key removed", withLeaf, (o) => {
      const [k] = leafOf(o)!;
      return Object.fromEntries(Object.entries(o).filter(([key]) => key !== k));
    }),
    byText("leading duplicate key (SQL reads it, JSON.parse skips it)", withLeaf, (p) => {
      const [k, v] = leafOf(p.object)!;
      return `{${JSON.stringify(k)}:${canonicalJson(forgedLeaf(v))},${p.objectText.slice(1)}`;
    }),
    byText("trailing duplicate key (JSON.parse reads it)", withLeaf, (p) => {
      const [k, v] = leafOf(p.object)!;
      return `${p.objectText.slice(0, -1)},${JSON.stringify(k)}:${canonicalJson(forgedLeaf(v))}}`;
    }),
    byText(
      "re-serialised with whitespace (equal value)",
      () => true,
      (p) => JSON.stringify(p.object, null, 2),
    ),
    byText("keys reordered (equal value)", withKeys, (p) => {
      const entries = Object.entries(p.object).reverse();
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }),
    byText(
      "character escaped (equal value)",
      (o) => Object.values(o).some((v) => typeof v === "string" && v !== ""),
      (p) => {
        const [k, v] = Object.entries(p.object).find(([, x]) => typeof x === "string" && x !== "") as [
          string,
          string,
        ];
        const plain = `${JSON.stringify(k)}:${canonicalJson(v)}`;
        const escaped = `${JSON.stringify(k)}:"\\u${v.charCodeAt(0).toString(16).padStart(4, "0")}${canonicalJson(v).slice(2)}`;
        return p.objectText.replace(plain, escaped);
      },
    ),
    ...(column === "data"
      ? [
          byText("number rewritten (equal value)", withNumber, (p) => {
            const [k, v] = Object.entries(p.object).find(([, x]) => typeof x === "number") as [
              string,
              number,
            ];
            return p.objectText.replace(
              `${JSON.stringify(k)}:${canonicalJson(v)}`,
              `${JSON.stringify(k)}:${v}.0e0`,
            );
          }),
        ]
      : []),
  ];
};

const wholeText = (kind: string, column: JsonColumn, rewrite: (text: string) => string): Mutation => ({
  kind: `${column}: ${kind}`,
  seenBy: "verify",
  streamSees: true,
  apply: (t) => {
    const row = t.random.pick(t.rows());
    t.set(row, column, rewrite(row[column]));
    return row.stream_id;
  },
});

/** Mutations of the JSON columns at every level: values, keys, duplicate keys, re-serialisation, broken text. */
export const jsonMutations: readonly Mutation[] = (["data", "metadata"] as const).flatMap((column) => [
  ...jsonMutationsFor(column, "top"),
  ...jsonMutationsFor(column, "nested"),
  wholeText("cut short (not JSON)", column, (text) => text.slice(0, Math.floor(text.length / 2))),
  wholeText("first character removed (not JSON)", column, (text) => text.slice(1)),
  wholeText("a colon replaced (not JSON)", column, (text) => text.replace(":", ";")),
  wholeText("replaced by an array", column, () => "[]"),
  wholeText("pretty-printed whole (equal value)", column, (text) =>
    JSON.stringify(JSON.parse(text), null, 2),
  ),
  {
    kind: `${column}: edited with SQLite's json_set`,
    seenBy: "verify",
    streamSees: true,
    apply: (t) => {
      const row = t.random.pick(innerRows(t.rows()));
      const path = column === "data" ? "$.reason" : "$.actor.person";
      t.run(
        `UPDATE events SET ${column} = json_set(${column}, ?, 'forged') WHERE global_position = ?`,
        path,
        row.global_position,
      );
      return row.stream_id;
    },
  },
]);

/** The issue's case: a `hash` key added to the metadata, written as canonical text. */
export const metadataHashKey: Mutation = {
  kind: "metadata: a hash key carrying a forged approval",
  seenBy: "verify",
  streamSees: true,
  apply: (t) => {
    const row = t.random.pick(t.rows());
    const metadata = JSON.parse(row.metadata) as JsonObject;
    t.set(row, "metadata", canonicalJson({ ...metadata, hash: { approvedBy: "forger", amount: 999999 } }));
    return row.stream_id;
  },
};
