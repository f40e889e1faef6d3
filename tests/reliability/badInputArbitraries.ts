import fc from "fast-check";

/**
 * Generators for R3 (bad input): mutations of the real fixture tables and manifest, and
 * argument lists for `reconcile` and `import`. Mutations are data (applied later to a copy), so
 * that a failing case prints as something a person can replay.
 */

/** What real documents hold in a cell, and what breaks readers: odd numbers, unit words, prototype keys. */
export const cellValue = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "-5",
    "12 uur",
    "12 UUR",
    "5 u",
    "82 groepen",
    "3 deelnemers",
    "82 constructor",
    "82 __proto__",
    "5 toString",
    "1 hasOwnProperty",
    "7 valueOf",
    "1.2.3",
    "66O",
    "3,2 7",
    "1,5",
    "0,000",
    "007",
    "1e5",
    "NaN",
    "Infinity",
    "99999999999999999999999999999",
    "1.000.000,123456789",
    "€ 77,55",
    '"',
    '"Goede Start',
    "Totaal",
    "Offerte",
    "Subtotaal",
    "SCW 1",
    "2. Jeugd",
    "9. Sport",
    "\u00a0",
    "1\u00a0000",
    "٣",
    "—",
    "x".repeat(3000),
  ),
  fc.integer({ min: 0, max: 20_000 }).map(String),
  fc.string({ maxLength: 8 }),
);

export type TableMutation =
  | { readonly op: "cell"; readonly line: number; readonly column: number; readonly value: string }
  | { readonly op: "delete-line"; readonly line: number }
  | { readonly op: "duplicate-line"; readonly line: number }
  | { readonly op: "swap-lines"; readonly a: number; readonly b: number }
  | { readonly op: "insert-line"; readonly line: number; readonly cells: readonly string[] }
  | { readonly op: "truncate"; readonly at: number }
  | { readonly op: "bytes"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly op: "delimiter"; readonly to: string }
  | { readonly op: "crlf" }
  | { readonly op: "bom" };

const index = fc.nat({ max: 40 });

export const tableMutation: fc.Arbitrary<TableMutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant("cell" as const), line: index, column: index, value: cellValue }),
  },
  fc.record({ op: fc.constant("delete-line" as const), line: index }),
  fc.record({ op: fc.constant("duplicate-line" as const), line: index }),
  fc.record({ op: fc.constant("swap-lines" as const), a: index, b: index }),
  fc.record({
    op: fc.constant("insert-line" as const),
    line: index,
    cells: fc.array(cellValue, { maxLength: 10 }),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    op: fc.constant("bytes" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ op: fc.constant("delimiter" as const), to: fc.constantFrom(";", ",", " ", "|", "\t\t") }),
  fc.constant({ op: "crlf" as const }),
  fc.constant({ op: "bom" as const }),
);

const at = <A>(xs: readonly A[], i: number): number => (xs.length === 0 ? 0 : i % xs.length);

/** Applies one mutation to a table's bytes. */
export const mutateTable = (bytes: Uint8Array, m: TableMutation): Uint8Array => {
  if (m.op === "truncate") return bytes.subarray(0, Math.floor(bytes.length * m.at));
  if (m.op === "bytes") {
    const i = Math.floor(bytes.length * m.at);
    return Uint8Array.from([...bytes.subarray(0, i), ...m.bytes, ...bytes.subarray(i + m.bytes.length)]);
  }
  if (m.op === "bom") return Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
  const text = Buffer.from(bytes).toString("utf8");
  const lines = text.split("\n");
  const encode = (ls: readonly string[]) => new Uint8Array(Buffer.from(ls.join("\n"), "utf8"));
  switch (m.op) {
    case "crlf":
      return encode(lines.map((l) => `${l}\r`));
    case "delimiter":
      return encode(lines.map((l) => l.replaceAll("\t", m.to)));
    case "delete-line":
      return encode(lines.filter((_, i) => i !== at(lines, m.line)));
    case "duplicate-line": {
      const i = at(lines, m.line);
      return encode([...lines.slice(0, i + 1), lines[i] ?? "", ...lines.slice(i + 1)]);
    }
    case "swap-lines": {
      const copy = [...lines];
      const a = at(lines, m.a);
      const b = at(lines, m.b);
      [copy[a], copy[b]] = [copy[b] ?? "", copy[a] ?? ""];
      return encode(copy);
    }
    case "insert-line": {
      const i = at(lines, m.line);
      return encode([...lines.slice(0, i), m.cells.join("\t"), ...lines.slice(i)]);
    }
    case "cell": {
      const i = at(lines, m.line);
      const cells = (lines[i] ?? "").split("\t");
      cells[at(cells, m.column)] = m.value;
      const copy = [...lines];
      copy[i] = cells.join("\t");
      return encode(copy);
    }
  }
};

/** Paths into the manifest (`[]` picks an element by the mutation's index). */
const MANIFEST_PATHS = [
  "agreement",
  "agreement.id",
  "agreement.period",
  "agreement.period.start",
  "agreement.period.end",
  "agreement.municipality",
  "agreement.municipality.id",
  "agreement.provider.name",
  "agreement.frameworkAgreement",
  "unit",
  "resultAreas",
  "resultAreas[]",
  "resultAreas[].table",
  "resultAreas[].code",
  "resultAreas[].name",
  "districtAnnexes",
  "districtAnnexes[].district",
  "districtAnnexes[].table",
  "budgets[].table",
  "budgets[].hoursPerFte",
] as const;

/** Names of special files the suite prepares next to each copy (see badInput.test.ts). */
export const SPECIAL_TABLES = [
  "../outside/secret.tsv",
  "../../../../../../../../etc/hostname",
  "/etc/passwd",
  "/dev/zero",
  "pipe.tsv",
  "folder.tsv",
  "link-out.tsv",
  ".",
  "missing.tsv",
  "arrangement-2-jeugd.tsv",
  "annex-de-velden.tsv",
] as const;

const deep = (depth: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

export const manifestValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    0,
    -1,
    1.5,
    1e308,
    true,
    "",
    " ",
    "x",
    "2007-13-01",
    "2007-02-30",
    "2008-01-01",
    "2006-12-31",
    "2007-1-1",
    "constructor",
    "__proto__",
    "hours",
    "Uur",
    "groups",
    "1525",
    "1536.5",
    "-1525",
    [],
    {},
    { id: "x" },
    { code: "2", name: "Jeugd", table: "arrangement-2-jeugd.tsv" },
    deep(40),
    "x".repeat(10_000),
  ),
  fc.constantFrom<unknown>(...SPECIAL_TABLES),
  fc.string({ maxLength: 10 }),
  fc.integer(),
);

export type ManifestMutation =
  | { readonly op: "set"; readonly path: string; readonly index: number; readonly value: unknown }
  | { readonly op: "delete"; readonly path: string; readonly index: number }
  | { readonly op: "truncate"; readonly at: number }
  | { readonly op: "nest"; readonly depth: number }
  | { readonly op: "duplicate-key"; readonly value: string };

export const manifestMutation: fc.Arbitrary<ManifestMutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      path: fc.constantFrom(...MANIFEST_PATHS),
      index: fc.nat({ max: 8 }),
      value: manifestValue,
    }),
  },
  fc.record({
    op: fc.constant("delete" as const),
    path: fc.constantFrom(...MANIFEST_PATHS),
    index: fc.nat({ max: 8 }),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant("nest" as const), depth: fc.constantFrom(33, 1000, 200_000) }),
  fc.record({ op: fc.constant("duplicate-key" as const), value: fc.constantFrom("2008-01-01", "x", "") }),
);

type Json = Record<string, unknown>;

/** Applies manifest mutations: structural ones to the value, then text-level ones. */
export const mutateManifest = (manifest: Json, ms: readonly ManifestMutation[]): string => {
  const value = structuredClone(manifest);
  let text: string | undefined;
  for (const m of ms) {
    if (m.op === "set" || m.op === "delete") {
      const steps = m.path.split(".");
      let node: unknown = value;
      for (const [i, step] of steps.entries()) {
        const last = i === steps.length - 1;
        const isElement = step.endsWith("[]");
        const key = isElement ? step.slice(0, -2) : step;
        if (typeof node !== "object" || node === null) break;
        const holder = node as Json;
        if (!isElement) {
          if (last) {
            if (m.op === "set") holder[key] = m.value;
            else Reflect.deleteProperty(holder, key);
          } else node = holder[key];
          continue;
        }
        const list = holder[key];
        if (!Array.isArray(list) || list.length === 0) break;
        const j = m.index % list.length;
        if (last) {
          if (m.op === "set") list[j] = m.value;
          else list.splice(j, 1);
        } else node = list[j];
      }
    }
  }
  text = JSON.stringify(value, null, 2);
  for (const m of ms) {
    if (m.op === "truncate") text = text.slice(0, Math.floor(text.length * m.at));
    else if (m.op === "nest")
      text = text.replace('"agreement"', `"deep": ${"[".repeat(m.depth)}${"]".repeat(m.depth)}, "agreement"`);
    else if (m.op === "duplicate-key")
      text = text.replace('"start"', `"start": ${JSON.stringify(m.value)}, "start"`);
  }
  return text;
};

/** Words for argument lists; `@…` names are replaced by paths the suite prepares. */
export const argumentWord = fc.constantFrom(
  "@manifest",
  "@manifest",
  "@missing",
  "@fifo",
  "@folder",
  "@deep-json",
  "--json",
  "--accept-discrepancies",
  "--tables-under",
  "@folder",
  "/",
  "/nonexistent",
  "",
  "--max-table-bytes",
  "0",
  "-1",
  "1",
  "100",
  "abc",
  "1e3",
  "99999999999999999999",
  "1048576",
  "--sign",
  "@signatures",
  "--by",
  "a".repeat(500),
  "--store",
  "memory:",
  "--unknown",
  "-x",
  "--",
  "extra",
);

export const argumentList = fc.array(argumentWord, { maxLength: 8 });
