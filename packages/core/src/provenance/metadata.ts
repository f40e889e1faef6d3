import { isExists } from "date-fns";
import * as t from "io-ts";
import { intersection } from "../codec/encodedAsIs";
import { isNonBlank } from "../codec/text";

const NonEmptyString = t.refinement(t.string, isNonBlank, "NonEmptyString");

// The shape is checked by character codes below; whether the day exists is date-fns' call
// (Date.parse accepts 2007-02-30, and is slow on the replay path). The Gregorian calendar
// repeats every 400 years: the shift keeps years 0-99 away from JavaScript's two-digit years.
const isCalendarDate = (y: number, m: number, d: number): boolean => isExists(2000 + (y % 400), m - 1, d);

// Character codes rather than a regular expression: these run for every event replayed.
const ZERO = 48;
const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
};
/** The value of the `n` digits at `i`, or -1. */
const digits = (s: string, i: number, n: number): number => {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = digitAt(s, i + k);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
};

/** `YYYY-MM-DD` at the start of `s`, a real calendar date. */
const datePrefix = (s: string): boolean => {
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  return y >= 0 && m >= 0 && d >= 0 && s[4] === "-" && s[7] === "-" && isCalendarDate(y, m, d);
};

/** `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`. */
export const isIsoDateTime = (s: string): boolean => {
  if (s.length < 17 || s[10] !== "T" || s[13] !== ":" || !datePrefix(s)) return false;
  const hours = digits(s, 11, 2);
  const minutes = digits(s, 14, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return false;
  let i = 16;
  if (s[i] === ":") {
    const seconds = digits(s, i + 1, 2);
    if (seconds < 0 || seconds > 59) return false;
    i += 3;
    if (s[i] === ".") {
      const start = ++i;
      while (digitAt(s, i) >= 0) i++;
      if (i === start) return false;
    }
  }
  if (s[i] === "Z") return i + 1 === s.length;
  if (s[i] !== "+" && s[i] !== "-") return false;
  const zoneHours = digits(s, i + 1, 2);
  const zoneMinutes = digits(s, i + 4, 2);
  return (
    i + 6 === s.length &&
    s[i + 3] === ":" &&
    zoneHours >= 0 &&
    zoneHours <= 23 &&
    zoneMinutes >= 0 &&
    zoneMinutes <= 59
  );
};

/** `YYYY-MM-DD`, a real calendar date. */
export const isIsoDate = (s: string): boolean => s.length === 10 && datePrefix(s);

/** ISO 8601 timestamp with zone (`2007-05-08T10:00:00Z`), kept as text so hashes stay stable. */
export const IsoDateTime = t.refinement(t.string, isIsoDateTime, "IsoDateTime");
export type IsoDateTime = t.TypeOf<typeof IsoDateTime>;

/** Calendar date (`2007-12-31`). */
export const IsoDate = t.refinement(t.string, isIsoDate, "IsoDate");
export type IsoDate = t.TypeOf<typeof IsoDate>;

export const Role = t.keyof({ municipality: null, provider: null, auditor: null, system: null }, "Role");
export type Role = t.TypeOf<typeof Role>;

/** Who did it: the organisation, the capacity it acted in, and the person. */
export const Actor = t.type({ organisationId: NonEmptyString, role: Role, person: NonEmptyString }, "Actor");
export type Actor = t.TypeOf<typeof Actor>;

/**
 * What a command carries besides its data. `recordedAt` is stamped by the command handler
 * from the ledger's clock before deciding, so that `decide` stays pure; `occurredAt` is the
 * client's claim, recorded as given and never used to judge.
 */
export const CommandMetadata = intersection(
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

/** Command metadata the ledger has stamped: what `decide` judges time-dependent rules by. */
export type RecordedCommandMetadata = CommandMetadata & { readonly recordedAt: IsoDateTime };

/** A command after the ledger stamped it. */
export type Recorded<C extends { readonly metadata: CommandMetadata }> = C & {
  readonly metadata: RecordedCommandMetadata;
};

export const isRecorded = <C extends { readonly metadata: CommandMetadata }>(
  command: C,
): command is Recorded<C> => command.metadata.recordedAt !== undefined;

/**
 * Provenance on every event. `reason` is present wherever a person decided something.
 * `annotations` holds audit material that belongs to the act of recording (for instance
 * the discrepancies an import accepted); never personal data.
 */
const EventMetadataCodec = intersection(
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
// No hand-written fast path: `fastDecoderOf` reads this intersection of a `t.type` and a
// `t.partial` as one interface (codec/fastPath.ts), so the codec stays the only description.
export const EventMetadata = EventMetadataCodec;
export type EventMetadata = t.TypeOf<typeof EventMetadataCodec>;

/**
 * Event metadata derived from the command that caused it: the command id is the causation,
 * the correlation is inherited (or starts with this command).
 */
export const eventMetadataFrom = (cmd: RecordedCommandMetadata, reason?: string): EventMetadata => ({
  actor: cmd.actor,
  occurredAt: cmd.occurredAt,
  recordedAt: cmd.recordedAt,
  commandId: cmd.commandId,
  correlationId: cmd.correlationId ?? cmd.commandId,
  causationId: cmd.causationId ?? cmd.commandId,
  ...(reason === undefined ? {} : { reason }),
});
