import type { MoneyHelp } from "./money.en";
import { ON_AGREEMENT, SHARED_OPTIONS as o } from "./shared.nl";

/** The Dutch `--help` of the money commands. */
export const moneyHelpNl: MoneyHelp = {
  "decide-grant": {
    description: "leg de beschikking van de gemeente vast, of een nieuwe die haar vervangt",
    arguments: {
      file: 'beschikkings-JSON: { "reference", "amountGranted": "854788", "ceiling"?, "period": { "start", "end" }, "legalBasis", "decidedOn", "supersedes"? }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "record-budget": {
    description:
      "leg een begroting vast: groepen regels (fte × uren × tarief, aantal × eenheid × prijs, vaste bedragen, nog te bepalen)",
    arguments: {
      file: 'begrotings-JSON: { "budgetId", "groups": [{ "code", "name", "lines": [{ "code", "name", "costing", "presented" }] }], "policy"?: { "reallocation"?, "aboveGrant"? } }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "record-contributions": {
    description: "leg de medefinanciers en partners vast en wat elk bijdraagt, in geld of in natura",
    arguments: {
      file: 'bijdragen-JSON: { "parties": [{ "id", "name", "role", "lead"? }], "contributions": [{ "partyId", "item", "form": "cash", "amount" } | { ..., "form": "in-kind", "hours", "rate" }] }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "report-costs": {
    description:
      "rapporteer de gerealiseerde kosten van een periode per begrotingsregel (een tweede rapport over de periode corrigeert het)",
    arguments: {
      file: 'kosten-JSON: { "period": "2022", "lines": [{ "line": "group/line", "amount": "390000", "hours"? }] }',
    },
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--reason": "waarom: wordt mee vastgelegd",
      "--report-id": "id van dit rapport (standaard: costs-<periode>)",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "reallocate-budget": {
    description:
      "verschuif geld tussen begrotingsregels onder het beleid van de begroting; --dry-run legt alleen de oordelen uit",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--from": "begrotingsregel waar het geld uit gaat: <groep>/<regel>, bv. armoede/L1",
      "--to": "begrotingsregel waar het geld heen gaat",
      "--amount": "euro's om te verschuiven, tot op de cent: 1000 of 1000,50 (Engels: 1000.50)",
      "--hours": "uren van een regel begroot in uren: hun kosten verschuiven tegen het tarief",
      "--request": o["--request"],
      "--reason": "waarom: verplicht tenzij --dry-run",
      "--dry-run": "alleen beoordelen, niets vastleggen",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 uitgevoerd (of toegestaan), 3 goedkeuring nodig, 4 verboden of geweigerd; ${ON_AGREEMENT}.`,
  },
  "approve-budget": {
    description:
      "keur een wachtende begrotingsverschuiving goed (vier ogen; opnieuw beoordeeld op de begroting zoals ze nu is)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id van de wachtende begrotingsverschuiving",
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
  "reject-budget": {
    description: "wijs een wachtende begrotingsverschuiving af",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--actor": o["--actor"],
      "--command-id": o["--command-id"],
      "--request": "id van de wachtende begrotingsverschuiving",
      "--reason": "waarom: wordt mee vastgelegd",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: `Afsluitcodes: 0 vastgelegd; ${ON_AGREEMENT}.`,
  },
};
