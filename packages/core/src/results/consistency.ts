import { compare } from "../quantity/decimal";
import type { ResultsFramework } from "./framework";
import { isToBeDetermined } from "./undetermined";

const duplicate = (ids: readonly string[]): string | undefined => {
  const seen = new Set<string>();
  return ids.find((id) => seen.size === seen.add(id).size);
};

/**
 * What makes a framework unusable, as one sentence, or undefined: an id given twice within
 * its level, a reach category given twice in one service, a reference to something the framework does not hold, a `between` whose low
 * bound lies above its high one. Odd but meaningful content (an effect without a lead, a
 * result at a cell the contract does not fund) is no problem here: it is reported as a finding.
 */
export const frameworkProblem = (f: ResultsFramework): string | undefined => {
  const levels: readonly [string, readonly { id: string }[]][] = [
    ["global goal", f.globalGoals],
    ["effect", f.effects],
    ["sub-goal", f.subGoals],
    ["result", f.results],
    ["activity", f.activities],
    ["indicator", f.indicators],
    ["service", f.services],
    ["milestone", f.milestones],
  ];
  for (const [what, items] of levels) {
    const twice = duplicate(items.map((i) => i.id));
    if (twice !== undefined) return `${what} ${twice} is given twice`;
  }
  // A category given twice would make the split per category ambiguous in every report.
  for (const s of f.services) {
    const twice = duplicate((s.categories ?? []).map((c) => c.category));
    if (twice !== undefined) return `service ${s.id} gives category ${twice} twice`;
  }
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
  const known = {
    "global goal": ids(f.globalGoals),
    effect: ids(f.effects),
    "sub-goal": ids(f.subGoals),
    result: ids(f.results),
    indicator: ids(f.indicators),
  };
  type Level = keyof typeof known;
  const ref = (who: string, level: Level, id: string | undefined) => ({ who, level, id });
  const refs = [
    ...f.effects.flatMap((e) => [
      ...(e.globalGoalIds ?? []).map((id) => ref(`effect ${e.id}`, "global goal", id)),
      ...(e.indicatorIds ?? []).map((id) => ref(`effect ${e.id}`, "indicator", id)),
    ]),
    ...f.subGoals.map((s) => ref(`sub-goal ${s.id}`, "effect", s.effectId)),
    ...f.results.flatMap((r) => [
      ref(`result ${r.id}`, "effect", r.effectId),
      ...(r.alsoEffectIds ?? []).map((id) => ref(`result ${r.id}`, "effect", id)),
      ref(`result ${r.id}`, "sub-goal", r.subGoalId),
      ...(r.indicatorIds ?? []).map((id) => ref(`result ${r.id}`, "indicator", id)),
    ]),
    ...f.activities.flatMap((a) => [
      ref(`activity ${a.id}`, "result", a.resultId),
      ref(`activity ${a.id}`, "effect", a.effectId),
    ]),
    ...f.contractors.map((c) => ref(`contractor ${c.organisation}`, "effect", c.effectId)),
    ...f.services.map((s) => ref(`service ${s.id}`, "result", s.resultId)),
    ...f.milestones.flatMap((m) => [
      ref(`milestone ${m.id}`, "effect", m.effectId),
      ref(`milestone ${m.id}`, "result", m.resultId),
    ]),
  ];
  for (const { who, level, id } of refs) {
    if (id !== undefined && !known[level].has(id))
      return `${who} names ${level} ${id}, which the framework does not hold`;
  }
  for (const i of f.indicators) {
    if (
      !isToBeDetermined(i.target) &&
      i.target.comparator === "between" &&
      compare(i.target.low, i.target.high) > 0
    )
      return `indicator ${i.id}: its range starts above its end`;
  }
  return undefined;
};
