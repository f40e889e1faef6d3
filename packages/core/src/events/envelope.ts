import * as t from "io-ts";
import { EventMetadata } from "../provenance/metadata";

/** Every event: `{ type, schemaVersion, data, metadata }`. */
export const eventCodec = <T extends string, V extends number, D extends t.Mixed>(
  type: T,
  schemaVersion: V,
  data: D,
) =>
  t.type(
    { type: t.literal(type), schemaVersion: t.literal(schemaVersion), data, metadata: EventMetadata },
    `${type}@v${schemaVersion}`,
  );
