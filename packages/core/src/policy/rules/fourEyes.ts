import type { Actor } from "../../provenance/metadata";
import type { PendingForApproval } from "../context";
import type { ReallocationPolicy } from "../policy";
import { type Verdict, verdict } from "../verdict";

const who = (a: Actor): string => `${a.person} (${a.organisationId}, ${a.role})`;

const samePerson = (a: Actor, b: Actor): boolean =>
  a.organisationId === b.organisationId && a.person.trim().toLowerCase() === b.person.trim().toLowerCase();

/** Rule 7, first half: whoever requested a reallocation may not approve it. */
export const fourEyes = (pending: PendingForApproval, approver: Actor): Verdict =>
  samePerson(pending.requestedBy, approver)
    ? verdict(
        "four-eyes",
        "forbidden",
        `${who(approver)} requested ${pending.requestId} and may not also approve it`,
      )
    : verdict(
        "four-eyes",
        "pass",
        `${pending.requestId} was requested by ${who(pending.requestedBy)} and is decided by ${who(approver)}`,
      );

/** Rule 7, second half: approvers must act in one of the policy's approver roles. */
export const approverRole = (policy: ReallocationPolicy, approver: Actor): Verdict => {
  const roles = policy.approverRoles.join(" or ");
  return policy.approverRoles.includes(approver.role)
    ? verdict(
        "approver-role",
        "pass",
        `${who(approver)} acts as ${approver.role}, which may approve (${roles})`,
      )
    : verdict(
        "approver-role",
        "forbidden",
        `${who(approver)} acts as ${approver.role}; approvers must act as ${roles}`,
      );
};
