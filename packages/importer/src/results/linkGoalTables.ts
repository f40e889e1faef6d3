import type { Discrepancy } from "../discrepancy/discrepancy";
import type { GoalTableRead } from "./goalTables";
import { goalsAgainstFrame } from "./goalsAgainstFrame";
import type { PolicyFrameRead } from "./policyFrame";

type Json = Record<string, unknown>;

export interface LinkedGoals {
  readonly globalGoals: readonly Json[];
  readonly effects: readonly Json[];
  readonly subGoals: readonly Json[];
  readonly results: readonly Json[];
  readonly activities: readonly Json[];
  readonly milestones: readonly Json[];
  readonly findings: readonly Discrepancy[];
}

const renamed =
  (rename: ReadonlyMap<string, string>) =>
  (x: Json): Json => {
    const to = (id: unknown) => (typeof id === "string" ? (rename.get(id) ?? id) : id);
    const main = to(x.effectId);
    const also = Array.isArray(x.alsoEffectIds)
      ? [...new Set(x.alsoEffectIds.map(to))].filter((id) => id !== main)
      : undefined;
    const { alsoEffectIds: _also, ...rest } = x;
    return {
      ...rest,
      ...(x.effectId === undefined ? {} : { effectId: main }),
      ...(also === undefined || also.length === 0 ? {} : { alsoEffectIds: also }),
    };
  };

/**
 * The goal tables and the policy frame of one assignment as one hierarchy: a goal table's
 * effect that is one of the frame's effects or policy goals becomes that effect (its global
 * goals added to it), so results and activities roll up to the frame's effect. The first
 * policy frame of the manifest is the one goal tables are checked against; further frames
 * are recorded as they are.
 */
export const linkGoalTables = (
  goals: readonly GoalTableRead[],
  frames: readonly PolicyFrameRead[],
): LinkedGoals => {
  const frame = frames[0];
  const goalEffects = goals.flatMap((g) => g.effects.map((e) => ({ ...e, file: g.file })));
  const { rename, findings } =
    frame === undefined
      ? { rename: new Map<string, string>(), findings: [] }
      : goalsAgainstFrame(
          goalEffects,
          frame,
          goals.map((g) => g.workField),
        );
  const goalIdsOf = new Map<string, Set<unknown>>();
  for (const e of goalEffects) {
    const to = rename.get(e.id);
    if (to === undefined) continue;
    const set = goalIdsOf.get(to) ?? new Set();
    for (const id of ((e as Record<string, unknown>).globalGoalIds as unknown[] | undefined) ?? [])
      set.add(id);
    goalIdsOf.set(to, set);
  }
  const frameEffects = frames.flatMap((fr) =>
    fr.effects.map((e) => {
      const ids = [...(e.goalId === undefined ? [] : [e.goalId]), ...(goalIdsOf.get(e.id) ?? [])];
      return { id: e.id, title: e.title, ...(ids.length === 0 ? {} : { globalGoalIds: [...new Set(ids)] }) };
    }),
  );
  const map = renamed(rename);
  return {
    globalGoals: [...frames.flatMap((fr) => fr.globalGoals), ...goals.flatMap((g) => g.globalGoals)],
    effects: [
      ...frameEffects,
      ...goalEffects.filter((e) => !rename.has(e.id)).map(({ line: _line, file: _file, ...e }) => e),
    ],
    subGoals: goals.flatMap((g) => g.subGoals.map(map)),
    results: goals.flatMap((g) => g.results.map(map)),
    activities: goals.flatMap((g) => g.activities.map(map)),
    milestones: frames.flatMap((fr) => fr.milestones),
    findings,
  };
};
