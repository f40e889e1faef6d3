import * as E from "fp-ts/Either";
import type { Command } from "../../commands/catalogue";
import type { DomainEvent } from "../../events/catalogue";
import type { Recorded } from "../../provenance/metadata";
import type { DomainError } from "../errors";
import type { AgreementState } from "../state";
import { decideAmend } from "./amendment";
import {
  decideApproveBudgetReallocation,
  decideRejectBudgetReallocation,
  decideRequestBudgetReallocation,
} from "./budgetReallocation";
import { decideClose } from "./closing";
import { decideGrant, decideRecordBudget, decideRecordContributions, decideReportCosts } from "./funding";
import { requireRecorded } from "./guards";
import { decideNegotiate } from "./negotiation";
import { decideDescribeProducts } from "./products";
import { decidePropose } from "./proposal";
import { decideApproveReallocation, decideRejectReallocation } from "./reallocationDecision";
import { decideRequestReallocation } from "./reallocationRequest";
import { decideReportResult } from "./results";
import { decideRecordResultsFramework, decideReportResultsMeasurement } from "./resultsFramework";
import { decideSign } from "./signing";

const decideRecorded = (
  command: Recorded<Command>,
  state: AgreementState,
): E.Either<DomainError, readonly DomainEvent[]> => {
  switch (command.type) {
    case "ProposeAgreement":
      return decidePropose(command, state);
    case "NegotiateAgreement":
      return decideNegotiate(command, state);
    case "SignAgreement":
      return decideSign(command, state);
    case "RequestReallocation":
      return decideRequestReallocation(command, state);
    case "ApproveReallocation":
      return decideApproveReallocation(command, state);
    case "RejectReallocation":
      return decideRejectReallocation(command, state);
    case "ReportResult":
      return decideReportResult(command, state);
    case "AmendAgreement":
      return decideAmend(command, state);
    case "CloseAgreement":
      return decideClose(command, state);
    case "DecideGrant":
      return decideGrant(command, state);
    case "RecordBudget":
      return decideRecordBudget(command, state);
    case "RecordContributions":
      return decideRecordContributions(command, state);
    case "ReportCosts":
      return decideReportCosts(command, state);
    case "RequestBudgetReallocation":
      return decideRequestBudgetReallocation(command, state);
    case "ApproveBudgetReallocation":
      return decideApproveBudgetReallocation(command, state);
    case "RejectBudgetReallocation":
      return decideRejectBudgetReallocation(command, state);
    case "DescribeProducts":
      return decideDescribeProducts(command, state);
    case "RecordResultsFramework":
      return decideRecordResultsFramework(command, state);
    case "ReportResultsMeasurement":
      return decideReportResultsMeasurement(command, state);
  }
};

/**
 * The only way in: a command is decided once the ledger has stamped it (`recordedAt`). Each
 * branch then checks the actor against the agreement's parties (`requireActingParty`).
 */
export const decide = (
  command: Command,
  state: AgreementState,
): E.Either<DomainError, readonly DomainEvent[]> => {
  const recorded = requireRecorded(command);
  return E.isLeft(recorded) ? recorded : decideRecorded(recorded.right, state);
};
