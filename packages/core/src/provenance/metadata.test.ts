import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { Actor, CommandMetadata, EventMetadata, IsoDate, IsoDateTime, eventMetadataFrom } from "./metadata";

const actor = { organisationId: "gm0114", role: "municipality", person: "J. de Vries" } as const;

describe("provenance", () => {
  it("accepts real calendar dates only", () => {
    expect(IsoDate.is("2007-12-31")).toBe(true);
    expect(IsoDate.is("2008-02-29")).toBe(true);
    expect(IsoDate.is("2007-02-29")).toBe(false);
    expect(IsoDate.is("2007-04-31")).toBe(false);
    expect(IsoDate.is("2007-13-01")).toBe(false);
    expect(IsoDate.is("31-12-2007")).toBe(false);
  });

  it("accepts timestamps with a zone only", () => {
    expect(IsoDateTime.is("2007-05-08T10:00:00Z")).toBe(true);
    expect(IsoDateTime.is("2007-05-08T10:00+02:00")).toBe(true);
    expect(IsoDateTime.is("2007-05-08T10:00:00.123Z")).toBe(true);
    expect(IsoDateTime.is("2007-05-08T10:00:00")).toBe(false);
    expect(IsoDateTime.is("2007-02-30T10:00:00Z")).toBe(false);
    expect(IsoDateTime.is("2007-05-08T25:00:00Z")).toBe(false);
    expect(IsoDateTime.is("2007-05-08T10:60:00Z")).toBe(false);
    expect(IsoDateTime.is("2007-05-08T10:00:60Z")).toBe(false);
    expect(IsoDateTime.is("2007-05-08T10:00:00+24:00")).toBe(false);
    expect(IsoDateTime.is("2008-02-29T23:59:59-01:30")).toBe(true);
    expect(IsoDateTime.is("1900-02-29T10:00:00Z")).toBe(false);
    expect(IsoDateTime.is("2000-02-29T10:00:00Z")).toBe(true);
  });

  it("requires an organisation, a known role and a person", () => {
    expect(Actor.is(actor)).toBe(true);
    expect(E.isLeft(Actor.decode({ ...actor, role: "mayor" }))).toBe(true);
    expect(E.isLeft(Actor.decode({ ...actor, person: "  " }))).toBe(true);
  });

  it("derives event metadata from the command: causation is the command, correlation is inherited", () => {
    const cmd = {
      actor,
      commandId: "c-2",
      occurredAt: "2007-05-08T10:00:00Z",
      recordedAt: "2007-05-08T10:00:02Z",
      correlationId: "c-1",
    };
    expect(CommandMetadata.is(cmd)).toBe(true);
    const meta = eventMetadataFrom(cmd, "fits the policy");
    expect(meta).toEqual({
      actor,
      occurredAt: "2007-05-08T10:00:00Z",
      recordedAt: "2007-05-08T10:00:02Z",
      commandId: "c-2",
      correlationId: "c-1",
      causationId: "c-2",
      reason: "fits the policy",
    });
    expect(EventMetadata.is(meta)).toBe(true);
    const first = eventMetadataFrom({
      actor,
      commandId: "c-9",
      occurredAt: "2007-05-08T10:00:00Z",
      recordedAt: "2007-05-08T10:00:05Z",
    });
    expect(first).toEqual({
      actor,
      occurredAt: "2007-05-08T10:00:00Z",
      recordedAt: "2007-05-08T10:00:05Z",
      commandId: "c-9",
      correlationId: "c-9",
      causationId: "c-9",
    });
    expect("reason" in first).toBe(false);
  });
});
