import * as t from "io-ts";
import { Party, Signature } from "../agreement/terms";
import { MatrixEntry } from "../matrix/matrix";
import { eventCodec } from "./envelope";

export const PartySigned = eventCodec("PartySigned", 1, t.type({ party: Party, signature: Signature }));
export type PartySigned = t.TypeOf<typeof PartySigned>;

/** Emitted together with the second party's signature: the draft becomes the frozen baseline. */
export const AgreementSigned = eventCodec(
  "AgreementSigned",
  1,
  t.type({
    baseline: t.array(MatrixEntry),
    signatures: t.type({ municipality: Signature, provider: Signature }),
  }),
);
export type AgreementSigned = t.TypeOf<typeof AgreementSigned>;
