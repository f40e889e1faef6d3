import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import { positionKey } from "../../cell/position";
import type { ProposeAgreement } from "../../commands/lifecycle";
import type { AgreementProposed } from "../../events/agreementProposed";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { matrixOf } from "../applyChanges";
import { type DomainError, type InvalidProposal, domainError } from "../errors";
import type { AgreementState } from "../state";
import { checkGranularity } from "./changes";
import { requireActingParty } from "./guards";

type ProposalProblem = NonNullable<InvalidProposal["code"]>;

const invalid = (problem: string, code: ProposalProblem) =>
  E.left(domainError("InvalidProposal", `the proposal is invalid: ${problem}`, { problem, code }));

const firstDuplicate = (keys: readonly string[]): string | undefined => {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
};

export const decidePropose = (
  cmd: Recorded<ProposeAgreement>,
  state: AgreementState,
): E.Either<DomainError, AgreementProposed[]> => {
  const d = cmd.data;
  if (state.status === "closed") {
    return E.left(
      domainError(
        "AgreementClosed",
        `agreement ${state.agreementId} was closed on ${state.closedOn ?? "?"}: nothing can change any more`,
        {
          closedOn: state.closedOn ?? "",
        },
      ),
    );
  }
  if (state.status !== "empty") {
    return E.left(
      domainError(
        "AgreementAlreadyExists",
        `agreement ${state.agreementId} already exists (${state.status})`,
        { agreementId: state.agreementId },
      ),
    );
  }
  const acting = requireActingParty(cmd.metadata.actor, d, d.agreementId);
  if (E.isLeft(acting)) return acting;
  // `<local>@<organisation>` is how the service scopes a provider's names; an id of that form
  // naming another organisation would take (and reveal) a name in that provider's tenancy.
  const scope = d.agreementId.includes("@")
    ? d.agreementId.slice(d.agreementId.lastIndexOf("@") + 1)
    : undefined;
  if (scope !== undefined && scope !== d.provider.id)
    return invalid(
      `the id ${d.agreementId} is scoped to organisation ${scope}, but the provider is ${d.provider.id}`,
      { kind: "scope", agreementId: d.agreementId, scope, provider: d.provider.id },
    );
  if (d.period.start > d.period.end)
    return invalid(`the period starts (${d.period.start}) after it ends (${d.period.end})`, {
      kind: "period",
      start: d.period.start,
      end: d.period.end,
    });
  const position = firstDuplicate(d.offer.map((e) => positionKey(e.position)));
  if (position !== undefined) {
    return E.left(domainError("DuplicatePosition", `the offer gives ${position} twice`, { position }));
  }
  const resultArea = firstDuplicate(d.resultAreas.map((r) => r.code));
  if (resultArea !== undefined)
    return invalid(`result area ${resultArea} is listed twice`, { kind: "result-area-twice", resultArea });
  const expected = firstDuplicate(d.expectedResults.map((r) => r.id));
  if (expected !== undefined)
    return invalid(`expected result ${expected} is listed twice`, {
      kind: "expected-result-twice",
      expectedResultId: expected,
    });
  const workType = firstDuplicate(d.tariffs.map((t) => t.workType));
  if (workType !== undefined)
    return invalid(`work type ${workType} has two tariffs`, { kind: "work-type-tariffs", workType });
  return pipe(
    checkGranularity(matrixOf(d.offer)),
    E.map(() => [
      {
        type: "AgreementProposed" as const,
        schemaVersion: 1 as const,
        data: d,
        metadata: eventMetadataFrom(cmd.metadata, cmd.metadata.reason),
      },
    ]),
  );
};
