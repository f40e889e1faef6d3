import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { eventCodecs } from "./catalogue";
import { type Leaf, leavesOf } from "./codecWalk.testSupport";
import { eventCodec } from "./envelope";

/**
 * The log is immutable, so personal data must be impossible by construction (DOMAIN.md,
 * "Audit trail integrity and privacy"). This walks every event codec and fails on a field that
 * could carry a person's name or an individual score, and on any free text in a result report
 * beyond a bounded remark.
 */

// Words a field would be named by if it held a person: who (name, holder, by, author, coach,
// maatje), whom (client, resident, participant) or one person's value (score, birth, bsn).
const PERSONAL =
  /person|persoon|name|naam|client|cli[eë]nt|bsn|birth|geboorte|score|individu|holder|houder|By$|door$|author|auteur|signator|contact(?!s$)|coach|maatje|mentor|resident|bewoner|inwoner|deelnemer|participant|member|^lid$|leden/i;

/** Fields whose names match but which name no resident, each with why. */
const NAMED_ON_PURPOSE: Readonly<Record<string, string>> = {
  "metadata.actor.person": "the official who acted: the audit trail must say who",
  "data.signature.person": "the signatory of a party",
  "data.signatures.municipality.person": "the signatory of a party",
  "data.signatures.provider.person": "the signatory of a party",
  "data.agreedBy.municipality.person": "who agreed an amendment for a party",
  "data.agreedBy.provider.person": "who agreed an amendment for a party",
  "data.municipality.name": "an organisation",
  "data.provider.name": "an organisation",
  "data.contributions.parties[].name": "an organisation",
  "data.resultAreas[].name": "a result area",
  "data.budget.groups[].name": "a budget group",
  "data.budget.groups[].lines[].name": "a budget line",
  "data.products[].name": "a product within a work type (Intake, Groepswerk)",
  "data.measurement.effects[].counts[].score":
    "a bucket of a satisfaction distribution, carried with its count",
  "data.framework.effects[].portfolioHolder":
    "an office as the form prints it (Portefeuillehouder Welzijn en zorg en jeugd), never a person",
  "data.framework.services[].deliveredBy": "a service or team that delivers (BMW, SMW en JMW, Gezinscoach)",
  "data.framework.milestones[].reportedBy": "an organisation that reports on a milestone (the GGD)",
};

/** The events that report results per period. */
const RESULT_REPORTS = ["ResultReported", "ResultsMeasured"];

/** What a result report's leaves may be: closed values, numbers, dates, ids and bounded text. */
const CLOSED_TAGS = new Set(["KeyofType", "LiteralType", "BooleanType"]);
const ALLOWED_CODECS = new Set([
  "NonNegativeInt",
  "PositiveInt",
  "ZrmScore",
  "NonNegativeDecimal",
  "DecimalString",
  "IsoDate",
  "ReportingPeriod",
  "Position",
  "UnitKind",
  "FrameworkId",
  "Remark",
  "OutcomeLabel",
]);

const personalFields = (type: string, codec: t.Any): string[] =>
  leavesOf(codec)
    .filter((l) => PERSONAL.test(l.field) && NAMED_ON_PURPOSE[l.path] === undefined)
    .map((l) => `${type} ${l.path}`);

const allowedInReport = (l: Leaf): boolean =>
  (l.tag !== undefined && CLOSED_TAGS.has(l.tag)) ||
  ALLOWED_CODECS.has(l.codec) ||
  (l.codec === "NonEmptyString" && /Id$/.test(l.field));

const freeTextInReport = (type: string, codec: t.Any): string[] =>
  leavesOf(codec)
    .filter((l) => l.path.startsWith("data.") && !allowedInReport(l))
    .map((l) => `${type} ${l.path} (${l.codec})`);

describe("no event can carry personal data", () => {
  it("no field of any event could hold a person's name or an individual score, beyond the listed ones", () => {
    expect(Object.entries(eventCodecs).flatMap(([type, codec]) => personalFields(type, codec))).toEqual([]);
  });

  it("result reports hold counts, decimals, closed values, ids and one bounded remark, no other text", () => {
    expect(
      RESULT_REPORTS.flatMap((type) => freeTextInReport(type, eventCodecs[type as keyof typeof eventCodecs])),
    ).toEqual([]);
  });

  it("the walk finds such fields when they are there (nested, optional, in a union or an array)", () => {
    const leaky = eventCodec(
      "Leaky",
      1,
      t.intersection([
        t.type({ trajectories: t.array(t.type({ clientName: t.string, zrmScore: t.number })) }),
        t.partial({
          remarks: t.string,
          outcome: t.union([t.type({ persoon: t.string }), t.null]),
          coachedBy: t.string,
          deelnemers: t.array(t.type({ bewoner: t.string })),
        }),
      ]),
    );
    expect(personalFields("Leaky", leaky)).toEqual([
      "Leaky data.trajectories[].clientName",
      "Leaky data.trajectories[].zrmScore",
      "Leaky data.outcome.persoon",
      "Leaky data.coachedBy",
      "Leaky data.deelnemers[].bewoner",
    ]);
    expect(freeTextInReport("Leaky", leaky)).toEqual([
      "Leaky data.trajectories[].clientName (string)",
      "Leaky data.trajectories[].zrmScore (number)",
      "Leaky data.remarks (string)",
      "Leaky data.outcome.persoon (string)",
      "Leaky data.outcome (null)",
      "Leaky data.coachedBy (string)",
      "Leaky data.deelnemers[].bewoner (string)",
    ]);
  });
});
