import * as t from "io-ts";

/**
 * What a quantity counts. Mostly hours; some cells count groups ("82 groepen"), clients or
 * activities. Open-ended on purpose: agreements invent their own, so any lowercase word is
 * accepted and the known ones get Dutch aliases for parsing.
 */
export interface UnitKindBrand {
  readonly UnitKind: unique symbol;
}
const UNIT_KIND = /^[a-z][a-z0-9-]*$/;
// A handful of kinds recur in every event: remember the ones seen rather than match each time.
const seen = new Set<string>();
const isUnitKind = (s: string): s is t.Branded<string, UnitKindBrand> => {
  if (seen.has(s)) return true;
  if (!UNIT_KIND.test(s)) return false;
  if (seen.size < 256) seen.add(s);
  return true;
};
export const UnitKind = t.brand(t.string, isUnitKind, "UnitKind");
export type UnitKind = t.TypeOf<typeof UnitKind>;

export const unitKind = (s: string): UnitKind => {
  if (!UnitKind.is(s)) throw new RangeError(`not a unit kind: ${JSON.stringify(s)}`);
  return s;
};

export const HOURS = unitKind("hours");
export const GROUPS = unitKind("groups");
export const CLIENTS = unitKind("clients");
/** Money moved between budget lines: the policy engine counts it like any other unit kind. */
export const EUROS = unitKind("euros");

/**
 * Dutch (and English) words found after numbers in agreement tables. A `Map`, not an object
 * literal: a cell reading `82 constructor` must not find `Object.prototype.constructor`.
 */
const ALIASES: ReadonlyMap<string, UnitKind> = new Map(
  Object.entries({
    u: HOURS,
    uur: HOURS,
    uren: HOURS,
    hours: HOURS,
    hour: HOURS,
    groep: GROUPS,
    groepen: GROUPS,
    groups: GROUPS,
    group: GROUPS,
    client: CLIENTS,
    clienten: CLIENTS,
    cliënt: CLIENTS,
    cliënten: CLIENTS,
    clients: CLIENTS,
    deelnemer: unitKind("participants"),
    deelnemers: unitKind("participants"),
    activiteit: unitKind("activities"),
    activiteiten: unitKind("activities"),
    trajecten: unitKind("trajectories"),
    traject: unitKind("trajectories"),
  }),
);

export const unitKindFromWord = (word: string): UnitKind | undefined =>
  ALIASES.get(word.trim().toLowerCase());
