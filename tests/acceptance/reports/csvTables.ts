import { parse } from "csv-parse/sync";

/** A CSV report read back as a spreadsheet would: the stamp records, then each table as objects by header. */
export const csvTables = (text: string, delimiter: ";" | ",") => {
  const records = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  const blocks: string[][][] = [[]];
  for (const r of records) {
    if (r.length === 1 && r[0] === "") blocks.push([]);
    else blocks.at(-1)?.push(r);
  }
  const [stampBlock = [], ...tableBlocks] = blocks;
  const stamp = new Map(stampBlock.map((r) => [r[0] ?? "", r[1] ?? ""]));
  const tables = tableBlocks.map(([header = [], ...rows]) =>
    rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))),
  );
  return { stamp, tables };
};
