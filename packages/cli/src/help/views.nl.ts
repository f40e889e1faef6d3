import { REPORT_KINDS } from "@grant-ledger/reports";
import { SHARED_OPTIONS as o } from "./shared.nl";
import type { ViewsHelp } from "./views.en";

/** The Dutch `--help` of the view commands. */
export const viewsHelpNl: ViewsHelp = {
  agreements: {
    description:
      "het register van overeenkomsten: partijen, looptijd, status, totalen per eenheid, laatste wijziging",
    options: {
      "--store": o["--store"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after: "Afsluitcodes: 0 getoond, 2 een ontbrekende store; 6 de store is onbereikbaar.",
  },
  history: {
    description:
      "elke wijziging van één cel van de offerte tot nu: wie, wanneer, waarom, waarde ervoor en erna",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--cell": o["--cell"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
      "--limit": o["--limit"],
      "--before": o["--before"],
    },
    after:
      "Afsluitcodes: 0 getoond, 2 onbekende overeenkomst, onbekende of onleesbare cel, een slechte --limit of --before, een ontbrekende store; 6 de store is onbereikbaar.",
  },
  reallocations: {
    description:
      "het register van verschuivingen: elke verschuiving, haar goedkeuring, het cumulatieve percentage",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
      "--limit": o["--limit"],
      "--before": o["--before"],
    },
    after:
      "Afsluitcodes: 0 getoond, 2 onbekende overeenkomst, een slechte --limit of --before, een ontbrekende store; 6 de store is onbereikbaar.",
  },
  state: {
    description:
      "de overeenkomst zoals ze nu is, of zoals bij een revisie of op een datum (vastgelegd of geldend)",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--as-of":
        "zoals bij een revisie (0 is het voorstel) of zoals vastgelegd op een datum (2007-07-01: het einde van die dag in Amsterdam)",
      "--recorded": o["--recorded"],
      "--effective":
        "op de datum: wat er toen gebeurd was, ook later vastgelegde gebeurtenissen met terugwerkende kracht",
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after:
      "Leest alleen. Afsluitcodes: 0 getoond; 2 onbekende overeenkomst, revisie buiten de stroom, datum vóór de overeenkomst of onleesbaar, of een ontbrekende store; 6 de store is onbereikbaar.",
  },
  report: {
    description:
      "een verantwoordingsrapport in JSON, CSV (Nederlandse Excel) of HTML, gestempeld met zijn auditcheckpoint",
    arguments: {
      report: `het soort rapport: ${REPORT_KINDS.join(" | ")}`,
    },
    options: {
      "--store": o["--store"],
      "--agreement": "id van de overeenkomst (elk rapport behalve agreements)",
      "--as-of":
        "zoals bij een revisie (0 is het voorstel) of op een datum (2007-07-01: het einde van die dag in Amsterdam, of 2007-07-01T10:30:00Z), zoals vastgelegd tenzij --effective",
      "--recorded": o["--recorded"],
      "--effective":
        "op de datum: wat er toen gebeurd was (occurredAt), ook later vastgelegde gebeurtenissen met terugwerkende kracht",
      "--period": "één periode, bv. 2007-H1",
      "--cell": o["--cell"],
      "--limit": o["--limit"],
      "--format": "json, csv of html",
      "--csv-dialect":
        "dutch: ';', decimale komma, BOM (opent zo in Nederlandse Excel); international: ',' en '.'",
      "--lang": o["--lang"],
      "--sign": "onderteken met deze Ed25519-privésleutel (PEM, zoals checkpoint keygen hem schrijft)",
      "--out": "schrijf het rapport hierheen (standaard: stdout)",
    },
    after: `JSON-vorm: docs/reports/report.schema.json (formaat grant-ledger/report@1); decimalen zijn exacte strings.
Afsluitcodes: 0 geschreven; 2 gebruiksfout: een onbekend rapport, overeenkomst, cel of periode, --as-of buiten de stroom of vóór de overeenkomst, een optie die het rapport niet leest, een onleesbare --sign-sleutel, een ontbrekende store; 5 --out is niet te schrijven; 6 de store is onbereikbaar; 70 interne fout.`,
  },
  budget: {
    description:
      "begroting tegenover realisatie per regel, groep en totaal in euro's (V/N), en de financiering: beschikking, bijdragen, tekort",
    options: {
      "--store": o["--store"],
      "--agreement": o["--agreement"],
      "--json":
        "uitvoer voor machines (exacte waarden; de vorm staat in de README); een fout als { ok: false, error }",
      "--lang": o["--lang"],
    },
    after:
      "Afsluitcodes: 0 getoond; 2 gebruiksfout (onbekende overeenkomst, geen begroting, ontbrekende store).",
  },
};
