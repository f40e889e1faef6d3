import type { FrameworkRealisation } from "@grant-ledger/views";
import type { Labels } from "../../labels/labels";
import { type Table, number, text } from "../../table/table";

type Period = FrameworkRealisation["periods"][number];
type IndicatorRow = Period["indicators"][number];

const tbd = (v: unknown): v is { toBeDetermined: true } =>
  typeof v === "object" && v !== null && (v as { toBeDetermined?: unknown }).toBeDetermined === true;

/** The comparator spelled out in the report's language: "minimaal 7", "change from the baseline at least 100 %". */
export const spelledTarget = (target: IndicatorRow["target"], labels: Labels): string => {
  const c = labels.framework.comparators;
  if (tbd(target)) return labels.framework.toBeDetermined;
  const t = target as Record<string, string>;
  switch (t.comparator) {
    case "atLeast":
      return c.atLeast(t.value ?? "");
    case "atMost":
      return c.atMost(t.value ?? "");
    case "moreThan":
      return c.moreThan(t.value ?? "");
    case "lessThan":
      return c.lessThan(t.value ?? "");
    case "between":
      return c.between(t.low ?? "", t.high ?? "");
    case "equal":
      return c.equal(t.value ?? "");
    default:
      return c.change(t.bound ?? "", t.value ?? "", t.measure === "percent");
  }
};

/** The results framework's tables: indicators, reach per service and per category, effect aggregates, milestones, the roll-up. */
export const frameworkTables = (f: FrameworkRealisation, labels: Labels): Table[] => {
  const k = labels.framework.columns;
  const w = labels.framework;
  const period = labels.columns.period;
  return [
    {
      id: "indicators",
      title: w.tables.indicators,
      columns: [
        text(period),
        text(k.id),
        text(k.kind),
        text(k.title),
        number(k.baseline),
        text(k.baselineAt),
        text(k.target),
        number(k.realised),
        text(k.verdict),
      ],
      rows: f.periods.flatMap((p) =>
        p.indicators.map((i) => {
          const b = i.baseline;
          const baseline = b === null || tbd(b) ? null : (b as { value: string | null }).value;
          const at = b === null ? null : tbd(b) ? w.toBeDetermined : (b as { at: string }).at;
          return [
            p.period,
            i.indicatorId,
            w.kinds[i.kind] ?? i.kind,
            i.text,
            baseline,
            at,
            spelledTarget(i.target, labels),
            i.realised,
            w.verdicts[i.verdict] ?? i.verdict,
          ];
        }),
      ),
    },
    {
      id: "services",
      title: w.tables.services,
      columns: [
        text(period),
        text(k.service),
        text(k.opgave),
        text(k.counting),
        number(k.planned),
        number(k.realised),
      ],
      rows: f.periods.flatMap((p) =>
        p.reach.map((r) => [
          p.period,
          r.service,
          r.forAllOpgaves ? "*" : r.opgave,
          w.counting[r.counting] ?? r.counting,
          r.planned === null ? null : String(r.planned),
          r.realised === null ? null : String(r.realised),
        ]),
      ),
    },
    {
      id: "reachCategories",
      title: w.tables.reachCategories,
      columns: [
        text(period),
        text(k.service),
        text(k.opgave),
        text(k.category),
        number(k.planned),
        number(k.realised),
      ],
      rows: f.periods.flatMap((p) =>
        p.reach.flatMap((r) =>
          r.categories.map((c) => [
            p.period,
            r.service,
            r.forAllOpgaves ? "*" : r.opgave,
            w.categories[c.category] ?? c.category,
            c.planned === null ? null : String(c.planned),
            c.realised === null ? null : String(c.realised),
          ]),
        ),
      ),
    },
    {
      id: "aggregates",
      title: w.tables.aggregates,
      columns: [text(period), text(k.measure), text(k.value), number(k.n)],
      rows: f.periods.flatMap((p) =>
        p.effectAggregates.map((a) =>
          a.kind === "zrmTransition"
            ? [
                p.period,
                `ZRM ${a.lifeDomain}`,
                `${a.from.low}–${a.from.high} → ${a.to.low}–${a.to.high}`,
                String(a.trajectories),
              ]
            : a.kind === "satisfactionMean"
              ? [p.period, `KTO ${a.indicatorId}`, a.mean, String(a.n)]
              : [
                  p.period,
                  `KTO ${a.indicatorId}`,
                  a.counts.map((c) => `${c.score}: ${c.count}`).join(", "),
                  String(a.counts.reduce((s, c) => s + c.count, 0)),
                ],
        ),
      ),
    },
    {
      id: "milestones",
      title: w.tables.milestones,
      columns: [
        text(period),
        text(k.id),
        text(k.title),
        text(k.deadline),
        text(k.reportedBy),
        number(k.planned),
        text(k.reachedOn),
        number(k.achieved),
        text(k.state),
      ],
      rows: f.periods.flatMap((p) =>
        p.milestones.map((m) => [
          p.period,
          m.milestoneId,
          m.title,
          m.deadline,
          m.reportedBy,
          m.target === null ? null : String(m.target.count),
          m.reachedOn,
          m.achieved === null ? null : String(m.achieved),
          w.states[m.state] ?? m.state,
        ]),
      ),
    },
    {
      id: "effects",
      title: w.tables.effects,
      columns: [
        text(period),
        text(k.level),
        text(k.id),
        text(k.title),
        number(k.met),
        number(k.notMet),
        number(k.notMeasurable),
      ],
      rows: f.periods.flatMap((p) => [
        ...p.goals.map((g) => [
          p.period,
          w.goal,
          g.globalGoalId,
          g.title,
          String(g.met),
          String(g.notMet),
          String(g.notMeasurable),
        ]),
        ...p.effects.flatMap((e) => [
          [p.period, w.effect, e.effectId, e.title, String(e.met), String(e.notMet), String(e.notMeasurable)],
          ...e.results.map((r) => [
            p.period,
            w.result,
            r.resultId,
            null,
            String(r.met),
            String(r.notMet),
            String(r.notMeasurable),
          ]),
        ]),
      ]),
    },
  ];
};
