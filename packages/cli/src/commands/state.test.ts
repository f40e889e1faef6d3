import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  commandMetadata,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { snapshotStoreOf } from "@grant-ledger/event-store";
import { unwrap } from "@grant-ledger/event-store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../io/commandIo";
import { openStore } from "../store/openStore";
import { withStore } from "../store/storeAccess";
import { stateCli } from "./state";

const dir = mkdtempSync(join(tmpdir(), "gl-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = `sqlite:${join(dir, "store.db")}`;

/**
 * Signed on 8 May; r-late recorded (and occurring) on 10 May; r-back recorded on 12 May but
 * backdated to 9 May. Through a SQLite store, with a snapshot every 2 events.
 */
beforeAll(async () => {
  await withStore(
    (url) => openStore(url, "create"),
    store,
    async (s) => {
      let now = "2007-05-08T10:00:00Z";
      const snapshots = snapshotStoreOf(s);
      if (snapshots === undefined) throw new Error("a SQLite store keeps snapshots");
      const agreements = createAgreements({
        store: s,
        clock: () => new Date(now),
        snapshots: { store: snapshots, every: 2 },
      });
      unwrap(await agreements.handle([proposeExample(), signBy("provider"), signBy("municipality")]));
      now = "2007-05-10T10:00:00Z";
      const late = requestReallocation("r-late", [shift("6/OBW/Stad", "6/OBW/Velden", 1.5)]);
      unwrap(await agreements.handle({ ...late, metadata: { ...late.metadata, occurredAt: now } }));
      now = "2007-05-12T10:00:00Z";
      const back = requestReallocation("r-back", [shift("6/OBW/Stad", "2/OBW/Stad", 2)]);
      unwrap(
        await agreements.handle({
          ...back,
          metadata: commandMetadata(actors.teamLead, { occurredAt: "2007-05-09T10:00:00Z" }),
        }),
      );
    },
  );
});

const run = async (...args: string[]) => {
  const { io, out, err } = captureIo();
  const code = await stateCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, ...args], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
};
const json = async (...args: string[]) => {
  const r = await run(...args, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};
const cell = (state: { current: { position: unknown; quantity: { amount: string } }[] }, key: string) =>
  state.current.find((e) => JSON.stringify(e.position) === JSON.stringify(cellPosition(key)))?.quantity
    .amount;
const cellPosition = (key: string) => {
  const [resultArea, workType, district] = key.split("/");
  return { resultArea, workType, district };
};

describe("grant-ledger state", () => {
  it("shows the agreement as it stands, for people and as JSON with exact decimals", async () => {
    const human = await run();
    expect(human.code).toBe(0);
    expect(human.out).toContain(`overeenkomst ${EXAMPLE_AGREEMENT_ID} per revisie 5 van 5`);
    expect(human.out).toContain("status: ondertekend, 2007-01-01 tot en met 2007-12-31");
    expect(human.out).toContain("6/OBW/Velden");
    expect(human.out).toContain("31,5 uur");
    expect((await run("--lang", "en")).out).toContain("31.5 hours");
    expect(human.out).toContain("r-back door A. Bakker");
    const english = (await run("--lang", "en")).out;
    expect(english).toContain(`agreement ${EXAMPLE_AGREEMENT_ID} as of revision 5 of 5`);
    expect(english).toContain("r-back by A. Bakker");
    const now = await json();
    expect(now).toMatchObject({
      format: "grant-ledger/agreement-state@1",
      agreementId: EXAMPLE_AGREEMENT_ID,
      asOf: { revision: "last" },
      revision: "5",
      streamRevision: "5",
      status: "signed",
    });
    expect(cell(now, "6/OBW/Velden")).toBe("31.5");
    expect(now.pendingReallocations.map((p: { requestId: string }) => p.requestId)).toEqual(["r-back"]);
    expect(now.pendingReallocations[0].shifts[0].quantity).toEqual({ kind: "hours", amount: "2" });
  });

  it("as of a revision, 0 being the proposal", async () => {
    expect(await json("--as-of", "0")).toMatchObject({
      revision: "0",
      status: "proposed",
      asOf: { revision: "0" },
    });
    expect(cell(await json("--as-of", "3"), "6/OBW/Velden")).toBe("30");
    expect(cell(await json("--as-of", "4"), "6/OBW/Velden")).toBe("31.5");
  });

  it("as of a date: recorded by default, effective on request; the backdated request tells them apart", async () => {
    // 11 May: recorded knows r-late, not r-back; effective holds both (r-back occurred on the 9th).
    const recorded = await json("--as-of", "2007-05-11");
    expect(recorded).toMatchObject({ revision: "4", asOf: { recordedAt: "2007-05-11" } });
    expect(recorded.pendingReallocations).toEqual([]);
    expect(await json("--as-of", "2007-05-11", "--recorded")).toEqual(recorded);
    const effective = await json("--as-of", "2007-05-11", "--effective");
    expect(effective).toMatchObject({ revision: "5", eventsLeftOut: 0, asOf: { occurredAt: "2007-05-11" } });
    expect(effective.pendingReallocations.map((p: { requestId: string }) => p.requestId)).toEqual(["r-back"]);
    // 9 May: effective holds r-back only, recorded neither.
    const effective9 = await json("--as-of", "2007-05-09", "--effective");
    expect(effective9).toMatchObject({ eventsIncluded: 5, eventsLeftOut: 1 });
    expect(cell(effective9, "6/OBW/Velden")).toBe("30");
    expect(effective9.pendingReallocations.map((p: { requestId: string }) => p.requestId)).toEqual([
      "r-back",
    ]);
    const recorded9 = await json("--as-of", "2007-05-09T23:59:59+02:00");
    expect(recorded9).toMatchObject({ revision: "3", pendingReallocations: [] });
    expect((await run("--as-of", "2007-05-09", "--effective")).out).toContain(
      "1 latere gebeurtenis weggelaten",
    );
    expect((await run("--as-of", "2007-05-09", "--effective", "--lang", "en")).out).toContain(
      "1 later event left out",
    );
  });

  it("refuses what it cannot show with exit 2 and a clear message", async () => {
    const beyond = await run("--as-of", "6");
    expect(beyond.code).toBe(2);
    expect(beyond.err).toContain(
      "revision 6 is outside the agreement's stream, which runs from revision 0 to 5",
    );
    const unknown = captureIo();
    expect(await stateCli(["--store", store, "--agreement", "nope"], unknown.io)).toBe(2);
    expect(unknown.err.join("\n")).toBe(
      `grant-ledger: geen overeenkomst "nope" in de store ${store} (controleer --agreement)`,
    );
    const unknownJson = captureIo();
    expect(await stateCli(["--store", store, "--agreement", "nope", "--json"], unknownJson.io)).toBe(2);
    expect(JSON.parse(unknownJson.out.join("\n"))).toMatchObject({
      ok: false,
      error: { kind: "unknown-agreement", exitCode: 2, agreementId: "nope" },
    });
    const both = await run("--as-of", "2007-05-09", "--effective", "--recorded", "--lang", "en");
    expect(both.err).toBe("grant-ledger: --recorded and --effective exclude each other");
    const before = await run("--as-of", "2007-01-01");
    expect(before.code).toBe(2);
    expect(before.err).toContain("nothing of the agreement was recorded by 2007-01-01");
    expect((await run("--as-of", "9 May")).err).toContain("is neither a calendar day");
    expect((await run("--as-of", "3", "--effective")).code).toBe(2);
    expect((await run("--as-of", "2007-05-09", "--effective", "--recorded")).code).toBe(2);
    expect((await run("--recorded")).code).toBe(2);
  });
});
