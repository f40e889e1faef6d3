import {
  type Command,
  HOURS,
  agreementDecider,
  cell,
  decimal,
  encodeEvent,
  fold,
  quantity,
} from "@grant-ledger/core";
import {
  actors,
  approveReallocation,
  exampleSignedEvents,
  given,
  requestReallocation,
  run,
  shift,
} from "@grant-ledger/core/testing";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";

// The examples of packages/core/README.md, kept runnable.
describe("README examples", () => {
  it("propose, sign, reallocate, approve", () => {
    const alderman = { organisationId: "gm0114", role: "municipality", person: "M. Thalens-Kolker" } as const;
    const officer = { organisationId: "gm0114", role: "municipality", person: "J. de Vries" } as const;
    const director = { organisationId: "sedna", role: "provider", person: "G.L. Jonker" } as const;
    const meta = (actor: typeof alderman | typeof officer | typeof director, commandId: string) => ({
      actor,
      commandId,
      occurredAt: "2007-05-08T10:00:00Z",
      recordedAt: "2007-05-08T10:00:01Z", // the ledger's clock: a command handler stamps it
    });
    const agreementId = "emmen-sedna-2007";

    const commands: Command[] = [
      {
        type: "ProposeAgreement",
        data: {
          agreementId,
          municipality: { id: "gm0114", name: "Gemeente Emmen" },
          provider: { id: "sedna", name: "Stichting Welzijngroep Sedna" },
          period: { start: "2007-01-01", end: "2007-12-31" },
          frameworkAgreement: "raamovereenkomst 2007-2008",
          resultAreas: [{ code: "6", name: "Activering en participatie" }],
          offer: [
            { position: cell("6", "OBW", "Velden"), quantity: quantity(HOURS, decimal(30)) },
            { position: cell("6", "OBW", "Stad"), quantity: quantity(HOURS, decimal(1323)) },
          ],
          expectedResults: [],
          tariffs: [],
        },
        metadata: meta(director, "c1"),
      },
      {
        type: "SignAgreement",
        data: {
          agreementId,
          party: "provider",
          signature: { person: "G.L. Jonker", role: "directeur", date: "2007-05-08" },
        },
        metadata: meta(director, "c2"),
      },
      {
        type: "SignAgreement",
        data: {
          agreementId,
          party: "municipality",
          signature: { person: "M. Thalens-Kolker", role: "wethouder", date: "2007-05-08" },
        },
        metadata: meta(alderman, "c3"),
      },
      {
        type: "RequestReallocation",
        data: {
          agreementId,
          requestId: "r1",
          reason: "demand moved to the town centre",
          shifts: [
            {
              from: cell("6", "OBW", "Stad"),
              to: cell("6", "OBW", "Velden"),
              quantity: quantity(HOURS, decimal(200)),
            },
          ],
        },
        metadata: meta(director, "c4"),
      },
      {
        type: "ApproveReallocation",
        data: { agreementId, requestId: "r1", reason: "within the agreement" },
        metadata: meta(officer, "c5"),
      },
    ];

    let state = agreementDecider.initialState;
    const log: ReturnType<typeof encodeEvent>[] = [];
    for (const command of commands) {
      const result = agreementDecider.decide(command, state);
      if (E.isLeft(result)) throw new Error(result.left.message); // e.g. "cannot move 400 hours out of 6/OBW/Velden: it holds 30"
      log.push(...result.right.map(encodeEvent)); // plain JSON, ready for EventStore.appendToStream
      state = fold(agreementDecider.evolve, state, result.right);
    }
    // 200 of 1353 hours is above the default policy's 10%: the request waits for the officer's approval.
    // state.current: 6/OBW/Velden 230 hours, 6/OBW/Stad 1123 hours; state.baseline is unchanged.

    expect(state.current.get("6/OBW/Velden")?.quantity).toEqual(quantity(HOURS, decimal(230)));
    expect(state.current.get("6/OBW/Stad")?.quantity).toEqual(quantity(HOURS, decimal(1123)));
    expect(state.baseline.get("6/OBW/Velden")?.quantity).toEqual(quantity(HOURS, decimal(30)));
    expect(log.map((e) => e.type)).toEqual([
      "AgreementProposed",
      "PartySigned",
      "PartySigned",
      "AgreementSigned",
      "ReallocationRequested",
      "ReallocationApproved",
    ]);
  });

  it("testing helper", () => {
    const signed = exampleSignedEvents(); // the example agreement, proposed and signed

    given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Velden", "6/OBW/Stad", 400)]))
      .thenFails("InsufficientUnits");

    const pending = run([requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])], signed).events;
    given(agreementDecider, pending)
      .when(approveReallocation("r1", actors.policyOfficer))
      .thenEvents((events) => events[0]?.type === "ReallocationApproved")
      .thenState((state) => state.pendingReallocations.size === 0);
  });
});
