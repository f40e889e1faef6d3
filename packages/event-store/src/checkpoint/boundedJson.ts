/** A checkpoint file is a few hundred bytes; these bounds leave room and refuse abuse. */
export const MAX_CHECKPOINT_FILE_CHARS = 64 * 1024;
export const MAX_CHECKPOINT_NESTING = 16;

/**
 * Why `text` is too large or too deeply nested to parse, or undefined. Checked before JSON.parse
 * and decoding, whose recursion overflows the stack on a deeply nested file.
 */
export const checkJsonBounds = (text: string, maxChars: number, maxNesting: number): string | undefined => {
  if (text.length > maxChars)
    return `the file has ${text.length} characters, more than the limit of ${maxChars}`;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      depth++;
      if (depth > maxNesting) return `nested more than ${maxNesting} levels deep (at character ${i + 1})`;
    } else if (c === "}" || c === "]") depth--;
  }
  return undefined;
};
