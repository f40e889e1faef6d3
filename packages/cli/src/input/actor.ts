import { type Actor, Actor as ActorCodec, describeDecodeErrors } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Messages } from "../messages/catalogue";
import type { CliFailure } from "../runner/cliFailure";

/** `gm0114:municipality:J. de Vries`: organisation, role, person (the person may contain colons). */
export const parseActorOption = (text: string, m: Messages): E.Either<CliFailure, Actor> => {
  const [organisationId = "", role = "", ...person] = text.split(":");
  return E.mapLeft(
    (errors: Parameters<typeof describeDecodeErrors>[0]): CliFailure => ({
      kind: "usage",
      message: m.failure.badActor(text, describeDecodeErrors(errors)),
    }),
  )(ActorCodec.decode({ organisationId, role, person: person.join(":") }));
};
