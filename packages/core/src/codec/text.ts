/**
 * `s.trim().length > 0`, without trimming in the common case: a string starting with a
 * visible ASCII character is not blank. Runs for every identifier of every replayed event.
 */
export const isNonBlank = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || s.trim().length > 0;
};
