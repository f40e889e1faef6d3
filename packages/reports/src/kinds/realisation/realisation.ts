import type { JsonValue } from "@grant-ledger/core";
import { type Realisation, realisation, realisationOf } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { type Table, number, text } from "../../table/table";
import { type KindDefinition, str, unitName, yesNo } from "../kind";
import { frameworkTables } from "./frameworkTables";

type Period = Realisation["periods"][number];

/** The periods a report covers: one when asked for, else every period reported so far. */
const periodsCovered = (r: Realisation, period: string | undefined): Period[] | undefined =>
  period === undefined
    ? [...r.periods]
    : r.periods.some((p) => p.period === period) || r.framework?.periods.some((p) => p.period === period)
      ? r.periods.filter((p) => p.period === period)
      : undefined;

/** The framework's periods a report covers, by the same choice. */
const frameworkCovered = (r: Realisation, period: string | undefined): Realisation["framework"] =>
  r.framework === null
    ? null
    : { periods: r.framework.periods.filter((p) => period === undefined || p.period === period) };

export const realisationKind: KindDefinition = {
  body: (sources, p) => {
    const r = realisationOf(sources(realisation), p.agreementId);
    if (r === undefined) return E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId });
    const periods = periodsCovered(r, p.period);
    if (periods === undefined)
      return E.left({
        _tag: "UnknownPeriod",
        agreementId: p.agreementId,
        period: p.period ?? "",
        periods: [...new Set([...r.periods, ...(r.framework?.periods ?? [])].map((x) => x.period))].sort(),
      });
    return E.right({ ...r, periods, framework: frameworkCovered(r, p.period) } as unknown as JsonValue);
  },
  tables: (body, labels): Table[] => {
    const r = body as unknown as Realisation;
    const k = labels.columns;
    const judged = (x: {
      variance: string | null;
      mark: string | null;
      explanationRequired: boolean;
      explanationMissing: boolean;
    }) => [x.variance, x.mark, yesNo(x.explanationRequired, labels), yesNo(x.explanationMissing, labels)];
    return [
      {
        id: "lines",
        title: labels.tables.lines,
        columns: [
          text(k.period),
          text(k.position),
          text(k.level),
          text(k.unit),
          number(k.planned),
          number(k.realised),
          number(k.replaced),
          number(k.variance),
          text(k.mark),
          text(k.explanationRequired),
          text(k.explanationMissing),
        ],
        rows: r.periods.flatMap((p) =>
          p.lines.map((l) => [
            p.period,
            str(l.position.key),
            l.level,
            unitName(l.kind, labels),
            l.planned,
            l.realised,
            l.replaced,
            ...judged(l),
          ]),
        ),
      },
      {
        id: "reach",
        title: labels.tables.reach,
        columns: [
          text(k.period),
          text(k.expectedResult),
          text(k.activity),
          number(k.target),
          number(k.reached),
          number(k.replaced),
          number(k.variance),
          text(k.mark),
          text(k.explanationRequired),
          text(k.explanationMissing),
        ],
        rows: r.periods.flatMap((p) =>
          p.reach.map((x) => [
            p.period,
            x.expectedResultId,
            x.activity,
            x.target,
            str(x.reached),
            str(x.replaced),
            ...judged(x),
          ]),
        ),
      },
      {
        id: "unfunded",
        title: labels.tables.unfunded,
        columns: [text(k.expectedResult), text(k.position)],
        rows: r.unfunded.map((u) => [u.resultId, u.position]),
      },
      ...(r.framework === null ? [] : frameworkTables(r.framework, labels)),
    ];
  },
};
