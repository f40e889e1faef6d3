import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { afterAll, describe, expect, it, vi } from "vitest";
import { checkpointCli } from "../commands/checkpoint";
import { proveCli } from "../commands/prove";
import { verifyCli } from "../commands/verify";
import { captureIo } from "../io/commandIo";
import { exitForFailure } from "../runner/failure";
import { LANG_ENV, defaultLang, messagesFor } from "./catalogue";
import { en } from "./en";
import { nl } from "./nl";

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-catalogue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });
const seeded = async () => {
  const store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(3), "no-stream");
  return store;
};

/** Every key path of a catalogue, so that a text added to one language only shows up here. */
const keyPaths = (value: unknown, prefix = ""): string[] =>
  value !== null && typeof value === "object"
    ? Object.entries(value).flatMap(([k, v]) => keyPaths(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe("the message catalogues", () => {
  it("have the same texts in Dutch and English", () => {
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it("word a domain refusal from its data in each language", async () => {
    const { domainErrorText } = await import("../format/domainErrors");
    const refusal = {
      _tag: "InsufficientUnits" as const,
      message: "cannot move 400 hours out of 6/OBW/Velden: it holds 30",
      cell: "6/OBW/Velden",
      kind: "hours",
      requested: "400",
      holds: "30.5",
    };
    expect(domainErrorText(refusal, messagesFor("nl"))).toBe(
      "kan geen 400 uur uit 6/OBW/Velden halen: die cel heeft 30,5 uur",
    );
    expect(domainErrorText(refusal, messagesFor("en"))).toBe(
      "cannot move 400 hours out of 6/OBW/Velden: it holds 30.5 hours",
    );
    const freeText = {
      _tag: "InvalidProposal" as const,
      message: "the proposal is invalid: x",
      problem: "x",
    };
    expect(domainErrorText(freeText, messagesFor("nl"))).toBe('het voorstel klopt niet: "x"');
    expect(domainErrorText(freeText, messagesFor("en"))).toBe("the proposal is invalid: x");
    // Free English text in the data is quoted inside a Dutch sentence.
    // Where the core gives the problem as data, the Dutch words it from that, quoting nothing.
    const coded = {
      ...freeText,
      message: "the proposal is invalid: the period starts (2007-12-31) after it ends (2007-01-01)",
      code: { kind: "period" as const, start: "2007-12-31", end: "2007-01-01" },
    };
    expect(domainErrorText(coded, messagesFor("nl"))).toBe(
      "het voorstel klopt niet: de looptijd begint (2007-12-31) na haar einde (2007-01-01)",
    );
    const reasonless = {
      _tag: "ReasonRequired" as const,
      message: "negotiation round 1: the change of 6/OBW/Stad needs a reason",
      what: "change of 6/OBW/Stad",
      subject: { kind: "cell-change" as const, position: "6/OBW/Stad" },
    };
    expect(domainErrorText(reasonless, messagesFor("nl"))).toBe(
      "een reden is verplicht voor de wijziging van 6/OBW/Stad",
    );
    const framework = {
      _tag: "PartyNotAllowed" as const,
      message:
        "P acts as provider: only the municipality changes the results framework of a signed agreement",
      role: "provider",
      what: "changes the results framework of a signed agreement",
      action: "change-signed-results-framework" as const,
    };
    expect(domainErrorText(framework, messagesFor("nl"))).toBe(
      "wie optreedt als aanbieder mag dit niet: alleen de gemeente verandert het resultatenkader van een ondertekende overeenkomst",
    );
    const stale = {
      _tag: "StaleChange" as const,
      message: "round 1 changes 6/OBW/Stad from 10 hours, but it holds 12 hours",
      position: "6/OBW/Stad",
      stated: "10 hours",
      holds: "12 hours",
    };
    expect(domainErrorText(stale, messagesFor("nl"))).toBe(
      'de wijziging van 6/OBW/Stad gaat uit van "10 hours", maar die positie heeft "12 hours": lees de overeenkomst opnieuw',
    );
  });

  it("word a budget above its grant in Dutch from its exact euros", async () => {
    const { domainErrorText } = await import("../format/domainErrors");
    const refusal = {
      _tag: "BudgetAboveGrant" as const,
      message: "the budget exceeds the grant: …",
      costs: "854788.425",
      contributions: "5000",
      shortfall: "849788.425",
      limit: "amount-granted" as const,
      limitAmount: "800000.5",
      reference: "B-2022-2",
    };
    expect(domainErrorText(refusal, messagesFor("nl"))).toBe(
      "de begroting gaat boven de beschikking uit: kosten € 854.788,425 − bijdragen € 5.000 = € 849.788,425 te dekken, meer dan het verleende bedrag van € 800.000,50 in beschikking B-2022-2",
    );
  });

  it("word an unreachable store in Dutch, the adapter's English detail quoted", async () => {
    const { describeFailure } = await import("../runner/cliFailure");
    const f = { kind: "store-unreachable" as const, url: "esdb://localhost:1", detail: "no connection" };
    expect(describeFailure(f, messagesFor("nl"))).toBe(
      'de store op esdb://localhost:1 is niet bereikbaar (draait de server op die host en poort?); melding van de store: "no connection"',
    );
    expect(describeFailure(f, messagesFor("en"))).toContain("esdb://localhost:1");
  });

  it("are Dutch unless GRANT_LEDGER_LANG says en", () => {
    expect(defaultLang({})).toBe("nl");
    expect(defaultLang({ [LANG_ENV]: "en" })).toBe("en");
    expect(defaultLang({ [LANG_ENV]: "fr" })).toBe("nl");
  });
});

describe("the audit commands in Dutch, the default", () => {
  vi.stubEnv(LANG_ENV, "");

  it("verify says what it checked, and --lang en says it in English", async () => {
    const nlRun = captureIo();
    expect(await verifyCli(["--store", "memory:"], nlRun.io, openerFor(await seeded()))).toBe(0);
    expect(nlRun.text()).toBe(
      "intact: store, 3 gebeurtenissen in 1 stroom gecontroleerd, tot en met globale positie 2",
    );
    const enRun = captureIo();
    expect(await verifyCli(["--store", "memory:", "--lang", "en"], enRun.io, openerFor(await seeded()))).toBe(
      0,
    );
    expect(enRun.text()).toBe("intact: store, 3 events in 1 stream checked, up to global position 2");
  });

  it("verify names an unknown stream and the first break in Dutch", async () => {
    const unknown = captureIo();
    expect(
      await verifyCli(
        ["--store", "memory:", "--stream", "agreement-x"],
        unknown.io,
        openerFor(await seeded()),
      ),
    ).toBe(2);
    expect(unknown.errors()).toBe(
      'grant-ledger: geen stroom "agreement-x" in de store (controleer --stream)',
    );
    const records = (await seeded()).records();
    records[1] = { ...records[1]!, data: { units: "1000000" } };
    const broken = captureIo();
    expect(
      await verifyCli(["--store", "memory:"], broken.io, openerFor(createInMemoryEventStore({ records }))),
    ).toBe(1);
    expect(broken.text()).toMatch(
      /^GEBROKEN: bewerkte gebeurtenis in stroom agreement-a bij revisie 1 \(globale positie 1\)/,
    );
  });

  it("checkpoint, verify-checkpoint and prove speak Dutch, keys and all", async () => {
    const store = await seeded();
    const keys = join(dir, "keys");
    const keygen = captureIo();
    expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", keys], keygen.io)).toBe(0);
    expect(keygen.text()).toMatch(/checkpoint-private\.pem geschreven \(geheim houden\)/);
    const again = captureIo();
    expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", keys], again.io)).toBe(2);
    expect(again.errors()).toContain("worden niet overschreven (gebruik --force");

    const head = join(dir, "head.txt");
    const sign = captureIo();
    const signArgs = [
      "checkpoint",
      "--store",
      "memory:",
      "--key",
      join(keys, "checkpoint-private.pem"),
      "--out",
      head,
    ];
    expect(await checkpointCli(signArgs, sign.io, openerFor(store))).toBe(0);
    expect(sign.text()).toMatch(
      /geschreven: boom van 3 gebeurtenissen, wortel \S+, 1 stroomkoppen, ondertekend \S+ met sleutel [0-9a-f]{16}$/,
    );

    const check = captureIo();
    const checkArgs = [
      "verify-checkpoint",
      "--checkpoint",
      head,
      "--public-key",
      join(keys, "checkpoint-public.pem"),
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(checkArgs, check.io, openerFor(store))).toBe(0);
    expect(check.text()).toContain(
      "de store klopt: zijn eerste 3 gebeurtenissen geven die wortel en die stroomkoppen",
    );

    const missing = captureIo();
    expect(
      await checkpointCli(
        ["verify-checkpoint", "--checkpoint", join(dir, "nope"), "--public-key", head],
        missing.io,
      ),
    ).toBe(2);
    expect(missing.errors()).toContain(`kan controlepunt ${join(dir, "nope")} niet lezen: ENOENT`);

    const prove = captureIo();
    expect(await proveCli(["--store", "memory:", "--position", "9"], prove.io, openerFor(store))).toBe(2);
    expect(prove.errors()).toBe("positie 9 ligt niet in een boom van 3 gebeurtenissen");
  });

  it("an internal error says so in Dutch", () => {
    const run = captureIo();
    exitForFailure(new TypeError("boom"), run.io, { env: {} });
    expect(run.errors()).toMatch(
      /^grant-ledger: interne fout [0-9a-f]{8}: boom\n {2}Dit is een fout in grant-ledger/,
    );
    expect(messagesFor("nl").system.fileSystemReasons.ENOENT).toContain("bestaat niet");
  });
});
