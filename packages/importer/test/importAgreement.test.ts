import {
  type DomainEvent,
  agreementDecider,
  decodeEvent,
  fold,
  matrixEntries,
  positionKey,
  toDecimalString,
  totalCosts,
  totalsBy,
} from "@grant-ledger/core";
import { createInMemoryEventStore, verifyStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { importAgreement } from "../src";
import { SHARED_MANIFEST, SIGNATURES, fixtureCopy, replaceLine } from "./support/fixtureCopy";

const clock = () => new Date("2026-11-22T07:00:00Z");

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const stateOf = async (store: ReturnType<typeof createInMemoryEventStore>, streamId: string) => {
  const events = (await collect(store.readStream(streamId))).map((r) => {
    const decoded = decodeEvent(r);
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    return decoded.right;
  });
  return {
    events,
    state: fold<DomainEvent, typeof agreementDecider.initialState>(
      agreementDecider.evolve,
      agreementDecider.initialState,
      events,
    ),
  };
};

const hours = (m: Parameters<typeof totalsBy>[0], area: string) => {
  const perKind = totalsBy(m, "resultArea").get(area);
  return perKind === undefined
    ? undefined
    : Object.fromEntries([...perKind].map(([k, v]) => [k, toDecimalString(v)]));
};

describe("importAgreement", () => {
  it("writes proposal, negotiation, the budget and both signatures; the chain verifies and the state is the contract", async () => {
    const store = createInMemoryEventStore();
    const result = await importAgreement(SHARED_MANIFEST, store, { signatures: SIGNATURES, clock });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect(result.right.streamId).toBe("agreement-emmen-sedna-2007");
    expect(result.right.events.map((e) => e.type)).toEqual([
      "AgreementProposed",
      "AgreementNegotiated",
      "BudgetRecorded",
      "PartySigned",
      "PartySigned",
      "AgreementSigned",
    ]);
    expect(E.isRight(await verifyStore(store))).toBe(true);
    expect(await verifyStore(store)).toEqual(
      E.right(expect.objectContaining({ eventsChecked: 6, streamsChecked: 1 })),
    );

    const { state } = await stateOf(store, result.right.streamId);
    expect(state.status).toBe("signed");
    expect(state.signatures.municipality?.person).toBe("M. Thalens-Kolker");
    expect(state.signatures.provider?.person).toBe("G.L. Jonker");
    // The offer per row from the Offerte column; the contract per cell from the district columns.
    expect(hours(state.offer, "2")).toEqual({ hours: "6215" });
    expect(hours(state.offer, "6")).toEqual({ hours: "7836" });
    expect(hours(state.baseline, "2")).toEqual({ hours: "8365", groups: "82" });
    expect(hours(state.baseline, "6")).toEqual({ hours: "8833" });
    const keys = matrixEntries(state.baseline).map((e) => positionKey(e.position));
    expect(keys).toContain("2/SCW1/Blokken");
    expect(keys).toContain("2/PSZ/*");
    expect(keys).not.toContain("2/SCW1/*");
    // A row the contract does not state keeps the offer (6/OW: offer 0, no Totaal printed).
    expect(keys).toContain("6/OW/*");
    // The 2022 budget, each line fte × 1525 × tariff, exact.
    const [group] = state.funding.budget?.groups ?? [];
    expect(group?.lines.map((l) => l.costing.kind)).toEqual(["fte", "fte", "fte", "fte"]);
    expect(toDecimalString(totalCosts(state.funding.budgetCurrent))).toBe("854788.425");
  });

  it("records who acted, why, and the source files with their hashes", async () => {
    const store = createInMemoryEventStore();
    const result = await importAgreement(SHARED_MANIFEST, store, {
      signatures: SIGNATURES,
      clock,
      recordedBy: "J. Auditor",
    });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    const [proposed, negotiated, , signedByProvider, signedByMunicipality] = result.right.events;
    expect(proposed?.metadata).toMatchObject({
      actor: { organisationId: "sedna", role: "provider", person: "J. Auditor" },
      occurredAt: "2026-11-22T07:00:00.000Z",
    });
    expect(signedByProvider?.metadata.actor).toEqual({
      organisationId: "sedna",
      role: "provider",
      person: "G.L. Jonker",
    });
    expect(signedByMunicipality?.metadata.actor).toEqual({
      organisationId: "gm0114",
      role: "municipality",
      person: "M. Thalens-Kolker",
    });
    const changes = (negotiated?.data.cellChanges ?? []) as {
      position: { workType: string; district?: string };
      reason: string;
    }[];
    expect(
      changes.find((c) => c.position.workType === "SCW1" && c.position.district === "Blokken")?.reason,
    ).toBe("contract per district from emmen-2007/arrangement-2-jeugd.tsv");
    const annotations = proposed?.metadata.annotations as {
      source: { files: { sha256: string }[] };
      importDiscrepancies?: unknown;
    };
    expect(annotations.source.files).toHaveLength(10);
    expect(annotations.source.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(annotations.importDiscrepancies).toBeUndefined();
  });

  it("refuses a second import of the same agreement, and writes nothing more", async () => {
    const store = createInMemoryEventStore();
    expect(E.isRight(await importAgreement(SHARED_MANIFEST, store, { clock }))).toBe(true);
    const again = await importAgreement(SHARED_MANIFEST, store, { signatures: SIGNATURES, clock });
    expect(again).toEqual(
      E.left(
        expect.objectContaining({
          _tag: "AlreadyImported",
          message: expect.stringContaining("already in the store"),
        }),
      ),
    );
    expect(await collect(store.readAll())).toHaveLength(3);
  });

  it("the no-stream expectation refuses an import that races another", async () => {
    const store = createInMemoryEventStore();
    // Another manifest for the same agreement (other command ids) is imported between the check and the append.
    const other = await fixtureCopy();
    const racing = {
      readStream: store.readStream,
      appendToStream: async (...args: Parameters<typeof store.appendToStream>) => {
        await importAgreement(other.manifestPath, store, { clock });
        return store.appendToStream(...args);
      },
    };
    const result = await importAgreement(SHARED_MANIFEST, racing, { clock });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({ _tag: "AlreadyImported", message: expect.stringContaining("revision 2") }),
      ),
    );
  });

  it("writes nothing when the documents disagree", async () => {
    const copy = await fixtureCopy();
    await copy.edit(
      "arrangement-2-jeugd.tsv",
      replaceLine("SCW\t", "SCW\t350\t111\t710\t231\t520\t1912\t1679"),
    );
    const store = createInMemoryEventStore();
    const result = await importAgreement(copy.manifestPath, store, { clock });
    expect(
      E.isLeft(result) && result.left._tag === "Discrepancies" && result.left.reconciliation.discrepancies,
    ).toHaveLength(3);
    expect(await collect(store.readAll())).toEqual([]);
  });

  it("with acceptDiscrepancies, imports and records the discrepancies in every event's metadata", async () => {
    const copy = await fixtureCopy();
    await copy.edit(
      "arrangement-2-jeugd.tsv",
      replaceLine("SCW\t", "SCW\t350\t111\t710\t231\t520\t1912\t1679"),
    );
    const store = createInMemoryEventStore();
    const result = await importAgreement(copy.manifestPath, store, {
      acceptDiscrepancies: true,
      signatures: copy.path("signatures.json"),
      clock,
    });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    expect(result.right.acceptedDiscrepancies).toHaveLength(3);
    const stored = await collect(store.readAll());
    expect(stored).toHaveLength(6);
    for (const e of stored) {
      const annotations = e.metadata.annotations as {
        importDiscrepancies: { kind: string; file: string; line: number }[];
      };
      expect(annotations.importDiscrepancies.map((d) => d.kind).sort()).toEqual([
        "annex-mismatch",
        "column-total",
        "row-total",
      ]);
    }
    expect(E.isRight(await verifyStore(store))).toBe(true);
    // What the tables say is what is imported: the changed cell, not the annex.
    const { state } = await stateOf(store, "agreement-emmen-sedna-2007");
    expect(state.baseline.get("2/SCW/Velden")?.quantity.amount).toEqual({ units: 710n, scale: 0 });
  });

  it("reports unreadable input: a missing manifest, a signatures file that is not valid", async () => {
    const store = createInMemoryEventStore();
    expect(await importAgreement("/nonexistent/manifest.json", store)).toMatchObject({
      _tag: "Left",
      left: { _tag: "Unreadable" },
    });
    const copy = await fixtureCopy();
    await copy.write(
      "bad-signatures.json",
      JSON.stringify({ municipality: { person: "X", role: "wethouder", date: "8 mei 2007" } }),
    );
    const result = await importAgreement(copy.manifestPath, store, {
      signatures: copy.path("bad-signatures.json"),
    });
    expect(result).toMatchObject({ _tag: "Left", left: { _tag: "Unreadable" } });
    const messages =
      E.isLeft(result) && result.left._tag === "Unreadable" ? result.left.problems.map((p) => p.message) : [];
    expect(messages).toContainEqual(expect.stringContaining("at municipality.date"));
    expect(messages).toContainEqual(expect.stringContaining("at provider"));
    expect(await collect(store.readAll())).toEqual([]);
  });
});
