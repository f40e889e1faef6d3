import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import type { Command } from "../../commands/catalogue";
import type { DomainEvent } from "../../events/catalogue";
import { ReallocationPolicy } from "../../policy/policy";
import type { Actor } from "../../provenance/metadata";
import {
  actors,
  amendExample,
  approveReallocation,
  closeExample,
  negotiateExample,
  proposeExample,
  rejectReallocation,
  reportResult,
  requestReallocation,
  run,
  shift,
  signBy,
} from "../../testing";
import { given } from "../../testing/given";
import { agreementDecider } from "../decider";
import type { ActorNotParty } from "../errors";

const strict = (() => {
  const decoded = ReallocationPolicy.decode({ version: 1, cumulativeThreshold: "0" });
  if (E.isLeft(decoded)) throw new Error("invalid test policy");
  return decoded.right;
})();
const proposed = run([proposeExample({ policy: strict })]).events;
const signed = run([signBy("provider"), signBy("municipality")], proposed).events;
const pending = run([requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])], signed).events;

const withActor = <C extends Command>(command: C, actor: Actor): C => ({
  ...command,
  metadata: { ...command.metadata, actor },
});

/** Every command kind, on a state where it is accepted when the right party acts. */
const kinds: readonly { kind: string; history: readonly DomainEvent[]; command: Command }[] = [
  { kind: "ProposeAgreement", history: [], command: proposeExample() },
  { kind: "NegotiateAgreement", history: proposed, command: negotiateExample() },
  { kind: "SignAgreement (provider)", history: proposed, command: signBy("provider") },
  { kind: "SignAgreement (municipality)", history: proposed, command: signBy("municipality") },
  {
    kind: "RequestReallocation",
    history: signed,
    command: requestReallocation("r2", [shift("6/OBW/Stad", "6/OBW/Velden", 10)]),
  },
  { kind: "ApproveReallocation", history: pending, command: approveReallocation("r1") },
  { kind: "RejectReallocation", history: pending, command: rejectReallocation("r1") },
  { kind: "ReportResult", history: signed, command: reportResult("2007-H1") },
  { kind: "AmendAgreement", history: signed, command: amendExample() },
  { kind: "CloseAgreement", history: signed, command: closeExample() },
];

const stranger = (role: Actor["role"]): Actor => ({ organisationId: "acme", role, person: "X" });
/** A person of one party claiming the other party's role. */
const impostor = (role: "municipality" | "provider"): Actor =>
  role === "municipality"
    ? { organisationId: "sedna", role, person: actors.teamLead.person }
    : { organisationId: "gm0114", role, person: actors.policyOfficer.person };
const EXPECTED = { municipality: "gm0114", provider: "sedna" } as const;

describe("who acts is checked against the agreement's parties", () => {
  for (const { kind, history, command } of kinds) {
    describe(kind, () => {
      it("is accepted when the party of the role acts", () => {
        given(agreementDecider, history)
          .when(command)
          .thenEvents((events) => events.length > 0);
      });

      for (const role of ["municipality", "provider"] as const) {
        it(`refuses an actor of another organisation claiming the ${role} role`, () => {
          for (const actor of [stranger(role), impostor(role)]) {
            const error = given(agreementDecider, history)
              .when(withActor(command, actor))
              .thenFails("ActorNotParty") as ActorNotParty;
            expect(error).toMatchObject({
              organisationId: actor.organisationId,
              role,
              expectedOrganisationId: EXPECTED[role],
            });
            expect(error.message).toContain(`the ${role} of agreement`);
          }
        });
      }

      it("refuses an auditor, even of a party's organisation: auditors never write", () => {
        for (const auditor of [actors.auditor, { ...actors.auditor, organisationId: "gm0114" }]) {
          const error = given(agreementDecider, history)
            .when(withActor(command, auditor))
            .thenFails("ActorNotParty") as ActorNotParty;
          expect(error).toMatchObject({
            organisationId: auditor.organisationId,
            role: "auditor",
            expectedOrganisationId: null,
          });
        }
      });
    });
  }

  it("a proposal is made by one of the parties it names", () => {
    given(agreementDecider)
      .when(withActor(proposeExample(), actors.alderman))
      .thenEvents((events) => events[0]?.type === "AgreementProposed");
    given(agreementDecider)
      .when(
        proposeExample({ provider: { id: "acme", name: "Acme Welzijn" } }), // proposed by sedna's director
      )
      .thenFails((e) => e._tag === "ActorNotParty" && e.expectedOrganisationId === "acme");
  });

  it("refuses acme acting as provider on sedna's agreement (the reported case)", () => {
    given(agreementDecider, signed)
      .when(requestReallocation("r9", [shift("6/OBW/Stad", "6/OBW/Velden", 10)], stranger("provider")))
      .thenFails("ActorNotParty");
  });

  it("refuses a provider's person approving a cross-area request as municipality (the reported case)", () => {
    given(agreementDecider, pending)
      .when(approveReallocation("r1", impostor("municipality")))
      .thenFails((e) => e._tag === "ActorNotParty" && e.organisationId === "sedna");
  });
});

describe("four eyes compares persons within the right organisation", () => {
  it("refuses the requester approving their own request", () => {
    const byOfficer = run(
      [requestReallocation("r2", [shift("6/OBW/Stad", "6/OBW/Velden", 1)], actors.policyOfficer)],
      signed,
    ).events;
    given(agreementDecider, byOfficer)
      .when(approveReallocation("r2", actors.policyOfficer))
      .thenFails("FourEyesViolation");
  });

  it("lets a namesake of the requester in the other party's organisation approve", () => {
    const namesake: Actor = {
      organisationId: "sedna",
      role: "provider",
      person: actors.policyOfficer.person,
    };
    const byNamesake = run(
      [requestReallocation("r2", [shift("6/OBW/Stad", "6/OBW/Velden", 1)], namesake)],
      signed,
    ).events;
    given(agreementDecider, byNamesake)
      .when(approveReallocation("r2", actors.policyOfficer))
      .thenEvents((events) => events[0]?.type === "ReallocationApproved");
  });
});
