import type { Actor } from "../../provenance/metadata";
import type { PendingForApproval } from "../context";
import { finding } from "../findings/finding";
import type { ReallocationPolicy } from "../policy";
import { type Verdict, verdictOf } from "../verdict";

const samePerson = (a: Actor, b: Actor): boolean =>
  a.organisationId === b.organisationId && a.person.trim().toLowerCase() === b.person.trim().toLowerCase();

const personOf = (a: Actor) => ({ person: a.person, organisation: a.organisationId, role: a.role });

/** Rule 7, first half: whoever requested a reallocation may not approve it. */
export const fourEyes = (pending: PendingForApproval, approver: Actor): Verdict =>
  samePerson(pending.requestedBy, approver)
    ? verdictOf("four-eyes", "forbidden", [
        finding("requester-approves", { ...personOf(approver), requestId: pending.requestId }),
      ])
    : verdictOf("four-eyes", "pass", [
        finding("other-approver", {
          requestId: pending.requestId,
          requester: pending.requestedBy.person,
          requesterOrganisation: pending.requestedBy.organisationId,
          requesterRole: pending.requestedBy.role,
          ...personOf(approver),
        }),
      ]);

/** Rule 7, second half: approvers must act in one of the policy's approver roles. */
export const approverRole = (policy: ReallocationPolicy, approver: Actor): Verdict => {
  const values = { ...personOf(approver), roles: policy.approverRoles.join(",") };
  return policy.approverRoles.includes(approver.role)
    ? verdictOf("approver-role", "pass", [finding("approver-role-allowed", values)])
    : verdictOf("approver-role", "forbidden", [finding("approver-role-refused", values)]);
};
