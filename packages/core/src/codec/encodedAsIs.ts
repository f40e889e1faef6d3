import * as t from "io-ts";

/**
 * `t.intersection`, encoded as is when every member is. io-ts encodes an intersection by
 * encoding the value once per member and merging the results, even when each member returns
 * the value itself (its `mergeAll` then returns the value too): the same answer, with a copy of
 * arguments and a pass over every key per value. Events carry several of these per verdict and
 * finding, so a cached command paid for it on every event written. With `t.identity` as its
 * encoder the intersection also lets the `t.type` or `t.array` around it encode as is.
 */
export const intersection = ((codecs: readonly [t.Mixed, t.Mixed, ...t.Mixed[]], name?: string) => {
  const codec = t.intersection(codecs as unknown as [t.Mixed, t.Mixed], name);
  return codecs.every((c) => c.encode === t.identity)
    ? new t.IntersectionType(codec.name, codec.is, codec.validate, t.identity, codec.types)
    : codec;
}) as unknown as typeof t.intersection;

/**
 * `t.record(t.string, t.string)`, encoded as is: io-ts encodes such a record by checking every
 * key against `t.string` and returns the record itself, since every key of an object is one.
 */
export const stringRecord = (name?: string): t.RecordC<t.StringC, t.StringC> => {
  const codec = t.record(t.string, t.string, name);
  return new t.DictionaryType(
    codec.name,
    codec.is,
    codec.validate,
    t.identity,
    codec.domain,
    codec.codomain,
  ) as t.RecordC<t.StringC, t.StringC>;
};
