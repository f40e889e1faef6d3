import * as t from "io-ts";
import { CommandMetadata } from "../provenance/metadata";

/** Every command: `{ type, data, metadata }`; `data.agreementId` names the agreement it addresses. */
export const commandCodec = <T extends string, D extends t.Mixed>(type: T, data: D) =>
  t.type({ type: t.literal(type), data, metadata: CommandMetadata }, type);
