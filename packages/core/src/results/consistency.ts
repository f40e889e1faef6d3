import type { FrameworkLevel, FrameworkProblemCode } from "../agreement/errors";
import { compare } from "../quantity/decimal";
import type { ResultsFramework } from "./framework";
import { isToBeDetermined } from "./undetermined";

const duplicate = (ids: readonly string[]): string | undefined => {
  const seen = new Set<string>();
  return ids.find((id) => seen.size === seen.add(id).size);
};

/** A level as the English problem names it: `global goal`. */
const LEVEL_WORDS: Readonly<Record<FrameworkLevel, string>> = {
  "global-goal": "global goal",
  effect: "effect",
  "sub-goal": "sub-goal",
  result: "result",
  activity: "activity",
  indicator: "indicator",
  service: "service",
  milestone: "milestone",
  contractor: "contractor",
};

/** A framework level in English words (`global goal`): the CLI's English catalogue words levels with it too. */
export const frameworkLevelWord = (level: FrameworkLevel): string => LEVEL_WORDS[level];

/** The English sentence of a framework problem (the `problem` of `InvalidResultsFramework`). */
export const frameworkProblemText = (c: FrameworkProblemCode): string => {
  switch (c.kind) {
    case "id-twice":
      return `${LEVEL_WORDS[c.level]} ${c.id} is given twice`;
    case "unknown-reference":
      return `${LEVEL_WORDS[c.holder]} ${c.holderId} names ${LEVEL_WORDS[c.level]} ${c.id}, which the framework does not hold`;
    case "range-reversed":
      return `indicator ${c.indicatorId}: its range starts above its end`;
    case "category-twice":
      return `service ${c.serviceId} gives category ${c.category} twice`;
  }
};

/**
 * What makes a framework unusable, as data, or undefined: an id given twice within its level,
 * a reference to something the framework does not hold, a `between` whose low bound lies above
 * its high one. Odd but meaningful content (an effect without a lead, a result at a cell the
 * contract does not fund) is no problem here: it is reported as a finding.
 */
export const frameworkProblemCode = (f: ResultsFramework): FrameworkProblemCode | undefined => {
  const levels: readonly [FrameworkLevel, readonly { id: string }[]][] = [
    ["global-goal", f.globalGoals],
    ["effect", f.effects],
    ["sub-goal", f.subGoals],
    ["result", f.results],
    ["activity", f.activities],
    ["indicator", f.indicators],
    ["service", f.services],
    ["milestone", f.milestones],
  ];
  for (const [level, items] of levels) {
    const twice = duplicate(items.map((i) => i.id));
    if (twice !== undefined) return { kind: "id-twice", level, id: twice };
  }
  // A category given twice would make the split per category ambiguous in every report.
  for (const s of f.services) {
    const twice = duplicate((s.categories ?? []).map((c) => c.category));
    if (twice !== undefined) return { kind: "category-twice", serviceId: s.id, category: twice };
  }
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
  const known = {
    "global-goal": ids(f.globalGoals),
    effect: ids(f.effects),
    "sub-goal": ids(f.subGoals),
    result: ids(f.results),
    indicator: ids(f.indicators),
  };
  type Level = keyof typeof known;
  const ref = (holder: FrameworkLevel, holderId: string, level: Level, id: string | undefined) => ({
    holder,
    holderId,
    level,
    id,
  });
  const refs = [
    ...f.effects.flatMap((e) => [
      ...(e.globalGoalIds ?? []).map((id) => ref("effect", e.id, "global-goal", id)),
      ...(e.indicatorIds ?? []).map((id) => ref("effect", e.id, "indicator", id)),
    ]),
    ...f.subGoals.map((s) => ref("sub-goal", s.id, "effect", s.effectId)),
    ...f.results.flatMap((r) => [
      ref("result", r.id, "effect", r.effectId),
      ...(r.alsoEffectIds ?? []).map((id) => ref("result", r.id, "effect", id)),
      ref("result", r.id, "sub-goal", r.subGoalId),
      ...(r.indicatorIds ?? []).map((id) => ref("result", r.id, "indicator", id)),
    ]),
    ...f.activities.flatMap((a) => [
      ref("activity", a.id, "result", a.resultId),
      ref("activity", a.id, "effect", a.effectId),
    ]),
    ...f.contractors.map((c) => ref("contractor", c.organisation, "effect", c.effectId)),
    ...f.services.map((s) => ref("service", s.id, "result", s.resultId)),
    ...f.milestones.flatMap((m) => [
      ref("milestone", m.id, "effect", m.effectId),
      ref("milestone", m.id, "result", m.resultId),
    ]),
  ];
  for (const { holder, holderId, level, id } of refs) {
    if (id !== undefined && !known[level].has(id))
      return { kind: "unknown-reference", holder, holderId, level, id };
  }
  for (const i of f.indicators) {
    if (
      !isToBeDetermined(i.target) &&
      i.target.comparator === "between" &&
      compare(i.target.low, i.target.high) > 0
    )
      return { kind: "range-reversed", indicatorId: i.id };
  }
  return undefined;
};
