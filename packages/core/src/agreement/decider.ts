import type { Command } from "../commands/catalogue";
import type { Decider } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import { decide } from "./decide";
import type { DomainError } from "./errors";
import { evolve } from "./evolve";
import { type AgreementState, initialState } from "./state";

export const agreementDecider: Decider<Command, DomainEvent, AgreementState, DomainError> = {
  initialState,
  decide,
  evolve,
};
