import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { BudgetGroup } from "./budget";

const decoded = <A>(codec: t.Type<A, unknown, unknown>, raw: unknown): A => {
  const r = codec.decode(raw);
  if (E.isLeft(r)) throw new Error(`example does not decode: ${JSON.stringify(raw)}`);
  return r.right;
};

const fte = (code: string, name: string, fteAmount: string, tariff: string) => ({
  code,
  name,
  costing: { kind: "fte", fte: fteAmount, hoursPerFte: "1525", tariff },
  presented: "euros",
});

/** The 2022 application's "Doorbreken van armoede" lines, as printed (fixture sedna-2022). */
export const armoede2022 = (): BudgetGroup =>
  decoded(BudgetGroup, {
    code: "armoede",
    name: "Het doorbreken van armoede",
    lines: [
      fte("BMW", "Buurtmaatschappelijk werk", "3.27", "77.55"),
      fte("SHV", "Schuldhulpverlening", "2.53", "77.55"),
      fte("PHS", "Problematische huurschulden", "0.89", "77.55"),
      fte("GS", "Goede Start/ervaringsdeskundigen", "0.67", "62.25"),
    ],
  });

const quantity = (
  code: string,
  name: string,
  factors: [string, string][],
  rate: string,
  lumpSum?: string,
) => ({
  code,
  name,
  costing: {
    kind: "quantity",
    factors: factors.map(([amount, unit]) => ({ amount, unit })),
    rate,
    ...(lumpSum === undefined ? {} : { lumpSum: { amount: lumpSum, label: "procesgeld" } }),
  },
  presented: "euros",
});
const lump = (code: string, name: string, amount: string) => ({
  code,
  name,
  costing: { kind: "lump-sum", amount },
  presented: "euros",
});

/** The 2009 Buurt Vitaal plan's four sections (fixture buurt-vitaal-2009, kosten.tsv). */
export const buurtVitaal2009 = (): BudgetGroup[] =>
  [
    {
      code: "1",
      name: "Opstellen en monitoren programma Buurt Vitaal",
      lines: [
        quantity(
          "PB",
          "Procesbegeleiding",
          [
            ["3", "uur per week"],
            ["104", "weken"],
          ],
          "125",
          "6000",
        ),
        quantity(
          "GI",
          "Gezamenlijke inzet meewerkende organisaties",
          [
            ["4", "uur per week"],
            ["104", "weken"],
          ],
          "85",
        ),
      ],
    },
    {
      code: "2",
      name: "Empowerment van bewoners",
      lines: [
        lump("WV", "Budget wijkvereniging leefomgeving 2009- 2010", "60000"),
        quantity("BSA", "BSA trajecten 2009", [["11", "trajecten"]], "1250"),
        quantity("OB", "Ondersteuning bewonersgroepen buurten", [["100", "uur"]], "90"),
        lump("KOEK", "Experiment KOEK (LSA)", "47500"),
        quantity("CT", "50 coachingstrajecten voor individuele bewoners", [["50", "trajecten"]], "2500"),
      ],
    },
    {
      code: "3",
      name: "Wegnemen van belemmeringen op het gebied van financien",
      lines: [
        lump("SHV", "Reguliere schuldhulpverleningsinzet gemeente", "174000"),
        quantity(
          "EW",
          "Reduceren woonlasten door energieaanpassingen woningen",
          [["137", "woningen"]],
          "10000",
        ),
        quantity(
          "PI",
          "Jaarlijkse preventieve inzet wooncorporatie",
          [
            ["4", "uur per week"],
            ["52", "weken"],
          ],
          "85",
        ),
        lump("UF", "Uitvoer programmaonderdelen Financiën", "170000"),
      ],
    },
    {
      code: "4",
      name: "Wegnemen van belemmeringen op het gebied van gezondheid",
      lines: [
        lump("BSW", "Buurtsportwerker – combifunctionaris sport", "60000"),
        lump("UG", "Uitvoer programmaonderdelen Gezondheid", "150000"),
        quantity("OW", "Inzet opbouwwerker gezondheidstimulering", [["100", "uur"]], "90"),
      ],
    },
  ].map((g) => decoded(BudgetGroup, g));
