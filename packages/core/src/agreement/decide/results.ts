import * as E from "fp-ts/Either";
import { positionKey } from "../../cell/position";
import type { ReportResult } from "../../commands/reportResult";
import type { ResultReported } from "../../events/resultReported";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { formatQuantity } from "../../quantity/quantity";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { requirePeriodWithinAgreement, requireSigned } from "./guards";

/**
 * Realised units per position of the baseline and reach per expected result, for a period
 * that lies wholly within the agreement's period. Reporting a period again is a correction:
 * it is recorded, and the later report is the one in state.
 */
export const decideReportResult = (
  cmd: Recorded<ReportResult>,
  state: AgreementState,
): E.Either<DomainError, ResultReported[]> =>
  E.flatMap(requireSigned(cmd, state), (s): E.Either<DomainError, ResultReported[]> => {
    const { agreementId: _, ...data } = cmd.data;
    const within = requirePeriodWithinAgreement(data.period, s);
    if (E.isLeft(within)) return within;
    const seen = new Set<string>();
    for (const r of data.realised) {
      const key = positionKey(r.position);
      if (seen.has(key))
        return E.left(
          domainError("DuplicatePosition", `the report for ${data.period} gives ${key} twice`, {
            position: key,
          }),
        );
      seen.add(key);
      const entry = s.baseline.get(key);
      if (entry === undefined) {
        return E.left(
          domainError(
            "UnknownPosition",
            `cannot report ${formatQuantity(r.quantity)} for ${key}: the contract has no such position`,
            { position: key },
          ),
        );
      }
      if (entry.quantity.kind !== r.quantity.kind) {
        return E.left(
          domainError(
            "UnitKindMismatch",
            `cannot report ${formatQuantity(r.quantity)} for ${key}: it counts ${entry.quantity.kind}`,
            {
              cell: key,
              kind: r.quantity.kind,
              cellKind: entry.quantity.kind,
            },
          ),
        );
      }
    }
    for (const r of data.reach) {
      if (!s.expectedResults.has(r.expectedResultId)) {
        return E.left(
          domainError(
            "UnknownExpectedResult",
            `reach reported for expected result ${r.expectedResultId}, which does not exist`,
            {
              expectedResultId: r.expectedResultId,
            },
          ),
        );
      }
    }
    return E.right([
      {
        type: "ResultReported",
        schemaVersion: 3,
        data,
        metadata: eventMetadataFrom(cmd.metadata, cmd.metadata.reason),
      },
    ]);
  });
