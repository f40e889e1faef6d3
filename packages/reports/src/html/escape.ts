/** Text and attribute values for HTML and SVG: the five characters that could end a text or a value. */
const SPECIAL = /[&<>"']/;
// Most values (numbers, dates, ids) hold none of them: a test is cheaper than a replace.
export const escapeHtml = (text: string): string =>
  SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : text;

/** A fragment id for a cell key (`2/OBW/Velden` → `cell-2-OBW-Velden`). */
export const cellAnchor = (key: string): string => `cell-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
