import * as E from "fp-ts/Either";
import type { UnreadableInput } from "../table/readTable";
import { MAX_JSON_DEPTH } from "./limits";

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

/**
 * Parses a JSON document of at most `MAX_JSON_DEPTH` levels. `name` names it in messages;
 * `needs` says how deep a valid one goes.
 */
export const parseBoundedJson = (
  text: string,
  name: string,
  needs: number,
): E.Either<UnreadableInput, unknown> => {
  const tooDeep = exceedsDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return E.left({
      file: name,
      message: `${name}: nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (at character ${tooDeep + 1}); a valid one needs ${needs}`,
    });
  }
  try {
    return E.right(JSON.parse(text));
  } catch (error) {
    return E.left({
      file: name,
      message: `${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
};
