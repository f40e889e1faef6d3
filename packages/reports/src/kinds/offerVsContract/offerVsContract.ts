import type { JsonValue } from "@grant-ledger/core";
import {
  type ComparedLine,
  type EuroTotal,
  type OfferVersusContract,
  compareOfferAndContract,
  offerVersusContract,
} from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import type { Labels } from "../../labels/labels";
import { type Table, euros, number, percent, text } from "../../table/table";
import { type KindDefinition, unitName, yesNo } from "../kind";

const row = (area: string, l: ComparedLine, labels: Labels) => [
  area,
  l.position === null ? labels.total : String(l.position.key),
  l.level === "total" ? labels.total : l.level,
  unitName(l.kind, labels),
  l.offer,
  l.contract,
  l.difference,
  l.percent,
  yesNo(l.deviation, labels),
];

const euroTotal = (area: string, t: EuroTotal, labels: Labels) => [
  area,
  labels.total,
  null,
  null,
  null,
  t.offer,
  t.contract,
  t.difference,
  t.uncosted.join(", "),
];

/** Hours in euros where the work type has a tariff; the totals name the hours none covers. */
const eurosTable = (c: OfferVersusContract, labels: Labels): Table => {
  const k = labels.columns;
  return {
    id: "euros",
    title: labels.tables.euros,
    columns: [
      text(k.resultArea),
      text(k.position),
      euros(k.tariff),
      number(k.offerHours),
      number(k.contractHours),
      euros(k.offerEuros),
      euros(k.contractEuros),
      euros(k.differenceEuros),
      text(k.uncosted),
    ],
    rows: [
      ...c.euros.resultAreas.flatMap((a) => [
        ...a.lines.map((l) => [
          a.resultArea,
          String(l.position.key),
          l.tariff,
          l.offerHours,
          l.contractHours,
          l.offer,
          l.contract,
          l.difference,
          "",
        ]),
        euroTotal(a.resultArea, a.total, labels),
      ]),
      euroTotal(labels.total, c.euros.total, labels),
    ],
  };
};

export const offerVsContractKind: KindDefinition = {
  body: (sources, p) => {
    const c = compareOfferAndContract(sources(offerVersusContract), p.agreementId);
    return c === undefined
      ? E.left({ _tag: "UnknownAgreement", agreementId: p.agreementId })
      : E.right(c as unknown as JsonValue);
  },
  tables: (body, labels): Table[] => {
    const c = body as unknown as OfferVersusContract;
    const k = labels.columns;
    return [
      {
        id: "lines",
        title: labels.tables.lines,
        columns: [
          text(k.resultArea),
          text(k.position),
          text(k.level),
          text(k.unit),
          number(k.offer),
          number(k.contract),
          number(k.difference),
          percent(k.percent),
          text(k.deviation),
        ],
        rows: [
          ...c.resultAreas.flatMap((a) => [
            ...a.lines.map((l) => row(a.resultArea, l, labels)),
            ...a.totals.map((l) => row(a.resultArea, l, labels)),
          ]),
          ...c.totals.map((l) => row(labels.total, l, labels)),
        ],
      },
      ...(c.euros.tariffs.length > 0 ? [eurosTable(c, labels)] : []),
    ];
  },
};
