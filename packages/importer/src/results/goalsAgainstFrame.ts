import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
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
            coded("frame-effect-read-as", {
              title: g.title,
              file: frame.file,
              line: String(hit.effect.line),
              effect: hit.effect.title,
              ...(hit.kind === "shortened" ? { without: leftOut(g.title, hit.effect.title).join(" ") } : {}),
            }),
          ),
        );
      continue;
    }
    const goal = best(g.title, policy);
    if (goal !== undefined) rename.set(g.id, goal.effect.id);
    const lines = own.map((e) => e.line);
    findings.push(
      finding(
        "effect-not-in-frame",
        "discrepancy",
        g.file,
        g.line,
        `one of the maatschappelijke effecten of ${frame.file}${span(own)}`,
        g.title,
        coded("frame-effect-not-in-frame", {
          title: g.title,
          frame: frame.file,
          ...(lines.length === 0
            ? {}
            : { fromLine: String(Math.min(...lines)), toLine: String(Math.max(...lines)) }),
          ...(goal === undefined
            ? {}
            : {
                policyGoal: goal.effect.code ?? goal.effect.id,
                policyLine: String(goal.effect.line),
                policyTitle: goal.effect.title,
                ...(goal.kind === "shortened"
                  ? { without: leftOut(g.title, goal.effect.title).join(" ") }
                  : {}),
              }),
        }),
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
          ? coded("frame-effect-without-any-table", { effect: e.title })
          : coded("frame-effect-without-table", {
              effect: e.title,
              ...(unread.length === 0 ? {} : { workFields: unread.map((w) => w.name).join("\n") }),
            }),
      ),
    );
  }
  return { rename, findings };
};
