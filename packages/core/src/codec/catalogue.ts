import * as t from "io-ts";

/** A codec of `{ type: <literal>, ... }`, as every event and command codec is. */
type Tagged = t.Mixed & { readonly props: { readonly type: { readonly value: string } } };

/** At least two codecs, as `t.union` needs them. */
type Codecs = [Tagged, Tagged, ...Tagged[]];

/** The codecs by their `type`: `{ ProposeAgreement: ProposeAgreement, ... }`. */
export type CodecsByType<C extends Codecs> = {
  readonly [K in C[number] as K["props"]["type"]["value"]]: K;
};

/**
 * One list of codecs gives both the tagged union and the lookup by `type`, so a catalogue
 * names every codec once.
 */
export const catalogueOf = <C extends Codecs>(name: string, ...codecs: C) => ({
  union: t.union(codecs, name),
  byType: Object.fromEntries(codecs.map((c) => [c.props.type.value, c])) as CodecsByType<C>,
});
