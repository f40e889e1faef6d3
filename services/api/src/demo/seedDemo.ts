import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type Agreements, describeAgreementsError } from "@grant-ledger/agreements";
import type { Actor } from "@grant-ledger/core";
import { importAgreement } from "@grant-ledger/importer";
import { GRANT_EVENT, type Grants } from "../tenancy/grants";
import { AUDITOR, DEMO_AGREEMENT, DEMO_PERSONAS } from "./personas";

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../tests/fixtures/emmen-2007/${name}`, import.meta.url));

const metadata = (actor: Actor) => ({ actor, commandId: randomUUID(), occurredAt: new Date().toISOString() });

const shift = (from: [string, string, string], to: [string, string, string], hours: string) => ({
  from: { resultArea: from[0], workType: from[1], district: from[2] },
  to: { resultArea: to[0], workType: to[1], district: to[2] },
  quantity: { kind: "hours", amount: hours },
});

const must = async (what: string, result: ReturnType<Agreements["handle"]>) => {
  const r = await result;
  if (r._tag === "Left") throw new Error(`demo: ${what} was refused: ${describeAgreementsError(r.left)}`);
  return r.right;
};

/**
 * The demo year on an empty store: the 2007 Emmen agreement imported and signed, a shift the
 * policy allows, one across result areas that needs and gets the alderman's approval, the
 * first half-year's result report, and a grant for the auditor. Returns what it did.
 */
export const seedDemo = async (agreements: Agreements, grants: Grants): Promise<string[]> => {
  const done: string[] = [];
  const imported = await importAgreement(fixture("manifest.json"), agreements, {
    signatures: fixture("signatures.json"),
  });
  if (imported._tag === "Left")
    throw new Error(`demo: importing the 2007 Emmen agreement failed: ${imported.left._tag}`);
  done.push(`imported and signed ${DEMO_AGREEMENT} (${imported.right.events.length} events)`);
  const planner = DEMO_PERSONAS["provider-planner"];
  const small = await must(
    "the small shift",
    agreements.handle({
      type: "RequestReallocation",
      data: {
        agreementId: DEMO_AGREEMENT,
        requestId: "demo-1",
        shifts: [shift(["6", "OBW", "Stad"], ["6", "JW", "Stad"], "40")],
        reason: "youth work in Stad needs more hours after the summer",
      },
      metadata: metadata(planner),
    }),
  );
  done.push(`reallocation demo-1 (40 h within result area 6): ${small.evaluation?.outcome}`);
  const across = await must(
    "the shift across result areas",
    agreements.handle({
      type: "RequestReallocation",
      data: {
        agreementId: DEMO_AGREEMENT,
        requestId: "demo-2",
        shifts: [shift(["3", "OBW", "Blokken"], ["2", "JW", "Blokken"], "60")],
        reason: "information desk in Blokken underused; youth work waiting list",
      },
      metadata: metadata(planner),
    }),
  );
  done.push(`reallocation demo-2 (60 h from result area 3 to 2): ${across.evaluation?.outcome}`);
  if (across.evaluation?.outcome === "needs-approval") {
    await must(
      "the approval",
      agreements.handle({
        type: "ApproveReallocation",
        data: { agreementId: DEMO_AGREEMENT, requestId: "demo-2", reason: "fits the policy goals for 2007" },
        metadata: metadata(DEMO_PERSONAS.alderman),
      }),
    );
    done.push("demo-2 approved by the alderman");
  }
  await must(
    "the H1 report",
    agreements.handle({
      type: "ReportResult",
      data: {
        agreementId: DEMO_AGREEMENT,
        period: "2007-H1",
        realised: [
          {
            position: { resultArea: "6", workType: "JW", district: "Stad" },
            quantity: { kind: "hours", amount: "1010" },
          },
          {
            position: { resultArea: "2", workType: "JW", district: "Blokken" },
            quantity: { kind: "hours", amount: "387.5" },
          },
        ],
        reach: [],
        remarks: "first half of 2007, from the provider's time registration",
      },
      metadata: metadata(planner),
    }),
  );
  done.push("2007-H1 result report recorded");
  const officer = DEMO_PERSONAS["municipality-officer"];
  await grants.record(
    {
      type: GRANT_EVENT,
      agreementId: DEMO_AGREEMENT,
      auditorOrganisationId: AUDITOR,
      reason: "annual audit of the 2007 subsidy",
      actor: { ...officer },
    },
    () => new Date(),
  );
  done.push(`auditor ${AUDITOR} granted read access`);
  return done;
};
