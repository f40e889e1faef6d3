/** `--limit` and `--before` as a page; an unreadable number is a usage error. */
export const pageOf = (o: { limit?: string; before?: string }):
  | { limit?: number; beforeRevision?: number }
  | string => {
  const whole = (text: string | undefined, name: string): number | string | undefined => {
    if (text === undefined) return undefined;
    return /^\d+$/.test(text) ? Number(text) : `${name} expects a whole number, got ${JSON.stringify(text)}`;
  };
  const limit = whole(o.limit, "--limit");
  const before = whole(o.before, "--before");
  if (typeof limit === "string") return limit;
  if (typeof before === "string") return before;
  return {
    ...(limit === undefined ? {} : { limit }),
    ...(before === undefined ? {} : { beforeRevision: before }),
  };
};
