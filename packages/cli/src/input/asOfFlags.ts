import type { AsOf } from "@grant-ledger/agreements";
import * as E from "fp-ts/Either";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/** `--as-of <revision|date>` with `--recorded` or `--effective`, as `state` and `report` take them. */
export interface AsOfFlags {
  readonly asOf?: string;
  readonly recorded?: boolean;
  readonly effective?: boolean;
}

/**
 * `--as-of` as a revision (digits) or a moment, read in the sense the flags ask for: recorded
 * (what the ledger knew then) unless `--effective` (what had occurred by then).
 */
export const asOfFrom = (o: AsOfFlags, m: Messages): E.Either<CliFailure, AsOf> => {
  const usage = (message: string) => E.left<CliFailure>({ kind: "usage", message });
  if (o.recorded && o.effective) return usage(m.views.asOfExclusive);
  if (o.asOf === undefined) {
    if (o.recorded || o.effective) return usage(m.views.asOfNeedsDate);
    return E.right({ revision: "last" });
  }
  if (/^\d+$/.test(o.asOf)) {
    if (o.recorded || o.effective) return usage(m.views.asOfRevision(o.asOf));
    return E.right({ revision: BigInt(o.asOf) });
  }
  return E.right(o.effective ? { occurredAt: o.asOf } : { recordedAt: o.asOf });
};
