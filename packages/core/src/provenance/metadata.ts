import * as t from "io-ts";

const NonEmptyString = t.refinement(t.string, (s) => s.trim().length > 0, "NonEmptyString");

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

// Checked by hand rather than with Date.parse, which accepts 2007-02-30 (and is slow on the replay path).
const isCalendarDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** ISO 8601 timestamp with zone (`2007-05-08T10:00:00Z`), kept as text so hashes stay stable. */
export const IsoDateTime = t.refinement(
  t.string,
  (s) => {
    const m = DATE_TIME.exec(s);
    if (m === null) return false;
    const n = (i: number): number => Number(m[i] ?? "0");
    return (
      isCalendarDate(n(1), n(2), n(3)) && n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && n(7) <= 23 && n(8) <= 59
    );
  },
  "IsoDateTime",
);
export type IsoDateTime = t.TypeOf<typeof IsoDateTime>;

/** Calendar date (`2007-12-31`). */
export const IsoDate = t.refinement(
  t.string,
  (s) => {
    const m = DATE.exec(s);
    return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  "IsoDate",
);
export type IsoDate = t.TypeOf<typeof IsoDate>;

export const Role = t.keyof({ municipality: null, provider: null, auditor: null, system: null }, "Role");
export type Role = t.TypeOf<typeof Role>;

/** Who did it: the organisation, the capacity it acted in, and the person. */
export const Actor = t.type({ organisationId: NonEmptyString, role: Role, person: NonEmptyString }, "Actor");
export type Actor = t.TypeOf<typeof Actor>;

/**
 * What a command carries besides its data. `recordedAt` is stamped by the command handler
 * from its clock before deciding, so that `decide` stays pure.
 */
export const CommandMetadata = t.intersection(
  [
    t.type({ actor: Actor, commandId: NonEmptyString, occurredAt: IsoDateTime }),
    t.partial({
      correlationId: NonEmptyString,
      causationId: NonEmptyString,
      recordedAt: IsoDateTime,
      reason: t.string,
    }),
  ],
  "CommandMetadata",
);
export type CommandMetadata = t.TypeOf<typeof CommandMetadata>;

/**
 * Provenance on every event. `reason` is present wherever a person decided something.
 * `annotations` holds audit material that belongs to the act of recording (for instance
 * the discrepancies an import accepted); never personal data.
 */
export const EventMetadata = t.intersection(
  [
    t.type({
      actor: Actor,
      occurredAt: IsoDateTime,
      recordedAt: IsoDateTime,
      commandId: NonEmptyString,
      correlationId: NonEmptyString,
      causationId: NonEmptyString,
    }),
    t.partial({ reason: t.string, annotations: t.UnknownRecord }),
  ],
  "EventMetadata",
);
export type EventMetadata = t.TypeOf<typeof EventMetadata>;

/**
 * Event metadata derived from the command that caused it: the command id is the causation,
 * the correlation is inherited (or starts with this command).
 */
export const eventMetadataFrom = (cmd: CommandMetadata, reason?: string): EventMetadata => ({
  actor: cmd.actor,
  occurredAt: cmd.occurredAt,
  recordedAt: cmd.recordedAt ?? cmd.occurredAt,
  commandId: cmd.commandId,
  correlationId: cmd.correlationId ?? cmd.commandId,
  causationId: cmd.causationId ?? cmd.commandId,
  ...(reason === undefined ? {} : { reason }),
});
