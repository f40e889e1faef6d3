import { randomUUID } from "node:crypto";
import { createAgreements } from "@grant-ledger/agreements";
import { type EventStore, type RecordedEvent, createInMemoryEventStore } from "@grant-ledger/event-store";
import { type ReportRequest, produceReport, verifyReport } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import { beforeAll, describe, expect, it } from "vitest";
import { csvTables } from "./csvTables";
import { BACKDATED, emmenBackdated } from "./emmenBackdated";
import { EMMEN } from "./emmenYear";

// The 2007 Emmen agreement with a change recorded late and back-dated (emmenBackdated): a
// report as of 30 June as recorded and as effective names different events, and says which.

const store = createInMemoryEventStore();
let events: RecordedEvent[] = [];
beforeAll(async () => {
  await emmenBackdated(store);
  events = [];
  for await (const e of store.readStream(`agreement-${EMMEN}`)) events.push(e);
});

const made = async (s: EventStore, request: Omit<ReportRequest, "agreementId" | "now">) => {
  const r = await produceReport(s, {
    agreementId: EMMEN,
    now: () => new Date("2007-07-20T10:00:00.000Z"),
    ...request,
  });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const text = (r: Awaited<ReturnType<typeof made>>, options: Parameters<typeof r.render>[0]) => {
  const t = r.render(options);
  if (E.isLeft(t)) throw new Error(t.left);
  return t.right;
};
type Position = { key: string; current: string; change: string };
const cellIn = (body: unknown, key: string) =>
  (body as { positions: Position[] }).positions.find((p) => p.key === key);
const onJune30 = (basis: "recorded" | "effective") =>
  made(store, { kind: "state", asOf: { date: BACKDATED.asOf, basis } });

describe("as of 30 June: recorded and effective differ by the back-dated change", () => {
  it("the numbers: recorded knows r-1 only (2025 + 40), effective r-back as well (+ 25)", async () => {
    const recorded = await onJune30("recorded");
    const effective = await onJune30("effective");
    expect(cellIn(recorded.document.body, "6/JW/Stad")).toMatchObject({ current: "2065", change: "40" });
    expect(cellIn(recorded.document.body, "6/OBW/Stad")).toMatchObject({ current: "1283", change: "-40" });
    expect(cellIn(effective.document.body, "6/JW/Stad")).toMatchObject({ current: "2090", change: "65" });
    expect(cellIn(effective.document.body, "6/OBW/Stad")).toMatchObject({ current: "1258", change: "-65" });
    // The default for a date is recorded, as for `state`.
    const byDefault = await made(store, { kind: "state", asOf: { date: BACKDATED.asOf } });
    expect(byDefault.document.asOf).toEqual(recorded.document.asOf);
    expect(byDefault.document.body).toEqual(recorded.document.body);
  });

  it("the stamp says which events: basis, last included revision, counts, and the checkpoint of the proof", async () => {
    const recorded = (await onJune30("recorded")).document;
    const effective = (await onJune30("effective")).document;
    const of = (id: string) => events.findIndex((e) => (e.data as { requestId?: string }).requestId === id);
    const r1 = of("r-1");
    const back = of("r-back");
    const last = events.length - 1;
    expect(back).toBe(r1 + 1);
    expect(recorded.asOf).toEqual({
      requested: BACKDATED.asOf,
      basis: "recorded",
      revision: String(r1),
      eventsIncluded: String(r1 + 1),
      eventsLeftOut: "0",
    });
    // Effective: every event up to the last one judged (the H1 report) but the report, which took effect on 15 July.
    expect(effective.asOf).toEqual({
      requested: BACKDATED.asOf,
      basis: "effective",
      revision: String(back),
      eventsIncluded: String(last),
      eventsLeftOut: "1",
    });
    const checkpointOf = (e: RecordedEvent) => ({
      streamId: e.streamId,
      revision: String(e.revision),
      globalPosition: String(e.globalPosition),
      hash: e.hash,
    });
    expect(recorded.checkpoint).toEqual(checkpointOf(events[r1]!));
    expect(effective.checkpoint).toEqual(checkpointOf(events[last]!));
  });

  it("a moment counts as at or before: effective at the instant r-back took effect includes it", async () => {
    const at = await made(store, {
      kind: "state",
      asOf: { date: "2007-06-15T12:00:00Z", basis: "effective" },
    });
    expect(cellIn(at.document.body, "6/JW/Stad")?.current).toBe("2090");
    const before = await made(store, {
      kind: "state",
      asOf: { date: "2007-06-15T11:59:59.999Z", basis: "effective" },
    });
    expect(cellIn(before.document.body, "6/JW/Stad")?.current).toBe("2065");
    expect(before.document.asOf.eventsLeftOut).toBe("2");
  });

  it("every report kind of an agreement takes either basis", async () => {
    for (const basis of ["recorded", "effective"] as const) {
      const asOf = { date: BACKDATED.asOf, basis };
      const history = await made(store, {
        kind: "cell-history",
        cell: { resultArea: "6", workType: "JW", district: "Stad" },
        asOf,
      });
      const steps = JSON.stringify(history.document.body);
      expect(steps.includes("r-1"), basis).toBe(true);
      expect(steps.includes("r-back"), basis).toBe(basis === "effective");
      const register = await made(store, { kind: "register", asOf });
      const ids = (register.document.body as { requests: { requestId: string }[] }).requests.map(
        (q) => q.requestId,
      );
      expect(ids).toEqual(basis === "effective" ? ["r-1", "r-back"] : ["r-1"]);
      const offer = await made(store, { kind: "offer-vs-contract", asOf });
      expect(offer.document.asOf.basis).toBe(basis);
      // Nothing was reported by 30 June on either basis: the H1 report took effect on 15 July.
      const realisation = await made(store, { kind: "realisation", asOf });
      expect(JSON.stringify(realisation.document.body)).not.toContain("1010");
    }
    const after = await made(store, {
      kind: "realisation",
      asOf: { date: "2007-07-31", basis: "effective" },
    });
    expect(JSON.stringify(after.document.body)).toContain("1010");
  });

  it("CSV and HTML state the basis and the counts, in Dutch and English", async () => {
    const effective = await onJune30("effective");
    const nl = csvTables(text(effective, { format: "csv" }), ";").stamp;
    expect(nl.get("Stand per")).toBe(BACKDATED.asOf);
    expect(nl.get("Grondslag")).toBe("effectief (occurredAt)");
    expect(nl.get("Laatste opgenomen revisie")).toBe(effective.document.asOf.revision);
    expect(nl.get("Opgenomen gebeurtenissen")).toBe(effective.document.asOf.eventsIncluded);
    expect(nl.get("Weggelaten gebeurtenissen")).toBe("1");
    expect(nl.get("Revisie")).toBe(effective.document.checkpoint.revision);
    const en = csvTables(
      text(effective, { format: "csv", lang: "en", csvDialect: "international" }),
      ",",
    ).stamp;
    expect(en.get("Basis")).toBe("effective (occurredAt)");
    expect(en.get("Events left out")).toBe("1");
    const page = text(effective, { format: "html" });
    expect(page).toContain("effectief (occurredAt)");
    expect(page).toContain("Weggelaten gebeurtenissen");
  });
});

describe("verify-report of an as-of report", () => {
  it("verifies both bases in every format", async () => {
    for (const basis of ["recorded", "effective"] as const) {
      const r = await onJune30(basis);
      for (const options of [
        { format: "json" as const },
        { format: "csv" as const },
        { format: "csv" as const, lang: "en" as const, csvDialect: "international" as const },
        { format: "html" as const },
      ])
        expect(await verifyReport(store, text(r, options)), `${basis} ${options.format}`).toMatchObject({
          ok: true,
          numbersChecked: true,
        });
    }
  });

  it("an effective report still verifies after a change back-dated further was recorded; a fresh one differs", async () => {
    const later = createInMemoryEventStore();
    await emmenBackdated(later);
    const before = await made(later, { kind: "state", asOf: { date: BACKDATED.asOf, basis: "effective" } });
    const agreements = createAgreements({ store: later, clock: () => new Date("2007-07-20T09:00:00.000Z") });
    const handled = await agreements.handle({
      type: "RequestReallocation",
      data: {
        agreementId: EMMEN,
        requestId: "r-later",
        shifts: [
          {
            from: { resultArea: "6", workType: "OBW", district: "Stad" },
            to: { resultArea: "6", workType: "JW", district: "Stad" },
            quantity: { kind: "hours", amount: "5" },
          },
        ],
        reason: "nagekomen",
      },
      metadata: {
        actor: { organisationId: "sedna", role: "provider", person: "G.L. Jonker" },
        commandId: randomUUID(),
        occurredAt: "2007-06-20T09:00:00.000Z",
      },
    });
    if (E.isLeft(handled)) throw new Error(JSON.stringify(handled.left));
    expect(await verifyReport(later, text(before, { format: "json" }))).toMatchObject({ ok: true });
    expect(await verifyReport(later, text(before, { format: "csv" }))).toMatchObject({ ok: true });
    const now = await made(later, { kind: "state", asOf: { date: BACKDATED.asOf, basis: "effective" } });
    expect(cellIn(now.document.body, "6/JW/Stad")?.current).toBe("2095");
    expect(now.document.asOf).toMatchObject({ eventsIncluded: "8", eventsLeftOut: "1" });
  });

  it("finds a stamp whose counts or basis were edited", async () => {
    const r = await onJune30("effective");
    const json = JSON.parse(text(r, { format: "json" }));
    const counted = { ...json, asOf: { ...json.asOf, eventsLeftOut: "0" } };
    expect(await verifyReport(store, JSON.stringify(counted))).toMatchObject({
      ok: false,
      finding: { code: "as-of-differs", values: { field: "eventsLeftOut", stated: "0", found: "1" } },
    });
    // A recorded report whose date was edited: asked again, the date comes to another revision.
    const recorded = JSON.parse(text(await onJune30("recorded"), { format: "json" }));
    const redated = { ...recorded, asOf: { ...recorded.asOf, requested: "2007-07-12" } };
    expect(await verifyReport(store, JSON.stringify(redated))).toMatchObject({
      ok: false,
      finding: { code: "as-of-differs", values: { field: "requested" } },
    });
    // Stamped recorded, the same checkpoint gives every event up to it: the numbers differ.
    const rebased = { ...json, asOf: { ...json.asOf, basis: "recorded" } };
    expect(await verifyReport(store, JSON.stringify(rebased))).toMatchObject({ ok: false });
  });
});
