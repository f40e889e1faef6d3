/**
 * The deepest nesting of arrays and objects in a JSON text, found by one pass over it without
 * parsing: JSON.parse copes with any depth, but what walks the value afterwards (a decoder,
 * JSON.stringify in an error message) recurses and overflows the stack. Brackets inside strings
 * do not count. Returns the offset where `max` is first exceeded, or undefined.
 */
export const exceedsDepth = (text: string, max: number): number | undefined => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > max) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return undefined;
};
