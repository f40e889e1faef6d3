import { type CommandType, IsoDateTime, commandCodecs } from "@grant-ledger/core";
import * as t from "io-ts";

/**
 * A codec without some of its object fields (those the URL carries), keeping everything else
 * of the core's codec: so the body is validated by the same definitions the ledger decodes with.
 */
export const withoutFields = (codec: t.Mixed, names: readonly string[]): t.Mixed => {
  const c = codec as t.Mixed & { _tag?: string; props?: t.Props; types?: t.Mixed[] };
  if (c._tag === "InterfaceType" && c.props !== undefined)
    return t.type(Object.fromEntries(Object.entries(c.props).filter(([k]) => !names.includes(k))), c.name);
  if (c._tag === "PartialType" && c.props !== undefined)
    return t.partial(Object.fromEntries(Object.entries(c.props).filter(([k]) => !names.includes(k))), c.name);
  if (c._tag === "IntersectionType" && c.types !== undefined) {
    const [a, b, ...rest] = c.types.map((member) => withoutFields(member, names));
    return t.intersection([a as t.Mixed, b as t.Mixed, ...rest] as [t.Mixed, t.Mixed], c.name);
  }
  return codec;
};

/** The `data` codec of a core command. */
export const dataCodecOf = (type: CommandType): t.Mixed =>
  (commandCodecs[type] as unknown as { props: { data: t.Mixed } }).props.data;

/** When the caller says the act happened (default: when the request arrives); the ledger stamps its own time too. */
export const Occurrence = t.partial({ occurredAt: IsoDateTime }, "Occurrence");

/** A command's request body: its data without the fields the URL names, and `occurredAt`. */
export const commandBodyCodec = (type: CommandType, fromPath: readonly string[], name: string): t.Mixed =>
  t.intersection([withoutFields(dataCodecOf(type), fromPath), Occurrence], name);
