import type { Discrepancy } from "../discrepancy/discrepancy";
import { type TitleMatch, leftOut, matchTitle } from "./effectTitles";
import { finding } from "./finding";
import type { FrameEffect, PolicyFrameRead } from "./policyFrame";

/** An effect as a goal table names it, with where it first does. */
export interface GoalTableEffect {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly line: number;
}

export interface FrameLinks {
  /** Goal-table effect id → the frame's effect it is. */
  readonly rename: ReadonlyMap<string, string>;
  readonly findings: readonly Discrepancy[];
}

const ORDER: readonly TitleMatch[] = ["same", "variant", "shortened"];

const best = (title: string, among: readonly FrameEffect[]) => {
  for (const kind of ORDER) {
    const hit = among.find((e) => matchTitle(title, e.title) === kind);
    if (hit !== undefined) return { effect: hit, kind };
  }
  return undefined;
};

const span = (effects: readonly FrameEffect[]) => {
  const lines = effects.map((e) => e.line);
  return lines.length === 0 ? "" : ` (lines ${Math.min(...lines)}–${Math.max(...lines)})`;
};

/**
 * The goal tables against the assignment's frame: each effect a goal table names should be one
 * of the frame's maatschappelijke effecten. One that is (printed shorter or with a slip: a note)
 * becomes that effect. One that is a policy goal of the frame instead (an MJBK doel), or
 * nothing the frame lists, is a discrepancy: the assignment contradicts its own frame. It is
 * still linked to the policy goal it reads as. An effect of the frame that no goal table works
 * on is a discrepancy when every work field of the frame has its goal table in the manifest,
 * and a note naming the work fields not read otherwise (the effect may be theirs).
 */
export const goalsAgainstFrame = (
  goalEffects: readonly GoalTableEffect[],
  frame: PolicyFrameRead,
  workFieldsRead: readonly string[],
): FrameLinks => {
  const rename = new Map<string, string>();
  const findings: Discrepancy[] = [];
  const own = frame.effects.filter((e) => e.from === "effects");
  const policy = frame.effects.filter((e) => e.from === "policyGoals");
  for (const g of goalEffects) {
    const hit = best(g.title, own);
    if (hit !== undefined) {
      rename.set(g.id, hit.effect.id);
      if (hit.kind !== "same")
        findings.push(
          finding(
            "effect-name",
            "note",
            g.file,
            g.line,
            hit.effect.title,
            g.title,
            `effect \`${g.title}\` read as ${frame.file}:${hit.effect.line} \`${hit.effect.title}\`${hit.kind === "shortened" ? `, shortened (without \`${leftOut(g.title, hit.effect.title).join(" ")}\`)` : ", one letter off"}`,
          ),
        );
      continue;
    }
    const goal = best(g.title, policy);
    if (goal !== undefined) rename.set(g.id, goal.effect.id);
    const reads =
      goal === undefined
        ? "nor a policy goal of the frame"
        : `it reads as policy goal ${goal.effect.code ?? goal.effect.id} (${frame.file}:${goal.effect.line} \`${goal.effect.title}\`)${goal.kind === "shortened" ? `, shortened: without \`${leftOut(g.title, goal.effect.title).join(" ")}\`` : ""}`;
    findings.push(
      finding(
        "effect-not-in-frame",
        "discrepancy",
        g.file,
        g.line,
        `one of the maatschappelijke effecten of ${frame.file}${span(own)}`,
        g.title,
        `effect \`${g.title}\` is not one of the maatschappelijke effecten of ${frame.file}${span(own)}; ${reads}`,
      ),
    );
  }
  const used = new Set(rename.values());
  const unread = frame.workFields.filter(
    (w) => !workFieldsRead.some((r) => matchTitle(r, w.name) === "same"),
  );
  for (const e of own.filter((x) => !used.has(x.id))) {
    const all = frame.workFields.length > 0 && unread.length === 0;
    findings.push(
      finding(
        "effect-without-table",
        all ? "discrepancy" : "note",
        frame.file,
        e.line,
        "a goal table that works on it",
        "none",
        all
          ? `effect \`${e.title}\` appears in no goal table, and every work field has one`
          : `effect \`${e.title}\` appears in no goal table read${unread.length === 0 ? "" : `; the goal table of ${unread.map((w) => `\`${w.name}\``).join(", ")} is not in the manifest`}`,
      ),
    );
  }
  return { rename, findings };
};
