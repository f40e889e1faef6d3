import type { TableRow } from "./readTable";

/**
 * Shapes printed tables take that are not data rows (see the emmen-2007 fixtures' README):
 * captions above the header, separator rows of dashes, rows with only their first cell filled
 * (group headings such as villages or result areas, or an activity with nothing stated), and
 * a work-type cell naming several codes at once.
 */

/** `-------- | -- | ---`: drawn, not data. */
export const isSeparatorRow = (row: TableRow): boolean =>
  row.cells.some((c) => c !== "") &&
  row.cells.every((c) => c === "" || /^[-–—_=.*]+$/.test(c.replace(/\s/g, "")));

/** Only the first cell filled: a caption or a group heading. */
export const isLabelOnly = (row: TableRow): boolean =>
  (row.cells[0] ?? "") !== "" && row.cells.slice(1).every((c) => c === "");

/** `OBW/JW`, `SCW / SCW 1 /JW`: one cell, several work types; its units cannot be split. */
export const namesSeveralWorkTypes = (label: string): boolean => /[/+]/.test(label);
