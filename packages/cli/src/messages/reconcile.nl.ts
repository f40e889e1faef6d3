import { dutchImportFindingWords } from "./importFindings.nl";
import type { ReconcileMessages } from "./reconcile.en";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Wat `reconcile` toont, in het Nederlands: dezelfde sleutels als `reconcile.en.ts`. */
export const reconcileNl: ReconcileMessages = {
  reconciles: (manifest, files, notes) =>
    `${manifest}: alles sluit (${plural(files, "bestand", "bestanden")}${notes === 0 ? "" : `, ${plural(notes, "opmerking", "opmerkingen")}`})`,
  discrepancies: (manifest, found, notes) =>
    `${manifest}: ${plural(found, "afwijking", "afwijkingen")}${notes === 0 ? "" : `, ${plural(notes, "opmerking", "opmerkingen")}`}`,
  kinds: {
    "empty-file": "leeg bestand",
    "unparseable-file": "onleesbaar bestand",
    "missing-column": "ontbrekende kolom",
    "misaligned-row": "verschoven rij",
    "not-a-number": "geen getal",
    "unit-mismatch": "andere eenheid",
    "duplicate-row": "dubbele rij",
    "ambiguous-work-type": "dubbelzinnige werksoort",
    "missing-total-row": "geen totaalrij",
    "row-total": "rijtotaal",
    "column-total": "kolomtotaal",
    "grand-total": "eindtotaal",
    "offer-total": "totaal offerte",
    "unknown-result-area": "onbekend resultaatgebied",
    "annex-total": "totaal bijlage",
    "annex-mismatch": "bijlage wijkt af",
    "annex-missing-row": "rij ontbreekt in de bijlage",
    "slipped-units": "verschoven eenheden",
    "product-rows": "productrijen",
    "budget-hours": "uren begroting",
    "budget-amount": "bedrag begroting",
    "budget-subtotal": "subtotaal begroting",
    "budget-line": "begrotingsregel",
    "cost-calculation": "kostenberekening",
    "section-total": "totaal van een onderdeel",
    contribution: "bijdrage",
    "printed-total": "gedrukt totaal",
    "deadline-spelling": "schrijfwijze termijn",
    "unfunded-work-type": "werksoort zonder uren",
    "no-work-type": "geen werksoort",
    "not-a-work-type": "geen bekende werksoort",
    "activity-without-result": "activiteit zonder resultaat",
    "reach-total": "totaal bereik",
    "reach-figure": "bereikcijfer",
    "contractor-role": "rol uitvoerder",
    "contractor-not-listed": "uitvoerder niet vermeld",
    "contractor-name": "naam uitvoerder",
    "contractor-hours": "uren uitvoerder",
    "baseline-date": "datum nulmeting",
    "indicator-target": "streefwaarde indicator",
    "frame-label": "onderdeel van het kader",
    "to-be-determined": "nog te bepalen",
    "unknown-column": "onbekende kolom",
    "impact-opgave": "opgave van de impact",
    "effect-name": "naam van het effect",
    "effect-not-in-frame": "effect niet in het kader",
    "effect-without-table": "effect zonder tabel",
    "listed-count": "genoemd aantal",
    "code-reading": "lezing van een code",
    "planning-date": "datum in de planning",
  },
  note: "opmerking",
  finding: (where, kind, detail, expected, found, see) =>
    `${where}  ${kind}: verwacht ${expected}, gevonden ${found}${see === undefined ? "" : ` [zie ${see}]`}; ${detail}`,
  // The importer states the finding's detail in English (it is recorded so with an import): quoted.
  detail: (message) => `melding van de importer: "${message}"`,
  // Worded from the finding's values, which say what its English expected and found say.
  codedFinding: (where, kind, worded, _expected, _found, see) =>
    `${where}  ${kind}: ${worded}${see === undefined ? "" : ` [zie ${see}]`}`,
  findingWords: dutchImportFindingWords,
  contract: "contract per resultaatgebied (cellen zoals gedrukt):",
  offer: "offerte per resultaatgebied (kolom Offerte, per rij):",
  districts: "per wijk (bijlagen):",
  read: (file, encoding, delimiter, sha) =>
    `gelezen: ${file} (${encoding}, gescheiden door ${delimiter}, sha256 ${sha}…)`,
  unreadable: "de invoer is niet te lezen:",
  results: {
    expectedResults: "beoogde resultaten per wijk (rijen per resultaatgebied):",
    inAll: (n) => `(${n} in totaal)`,
    directHours: "directe uren per effect en uitvoerder:",
    goalTables: "doeltabellen per werkveld:",
    reach: "gepland bereik per opgave (som van de diensten; gedrukt totaal):",
    reachLine: (opgave, planned, services, printed) =>
      `${opgave}: ${planned} over ${plural(services, "dienst", "diensten")}${printed === undefined ? "" : `; gedrukt ${printed}`}`,
    reachCategories: (split, printed) =>
      `per categorie: ${split}${printed === undefined ? "" : `; gedrukt ${printed}`}`,
    reachCategory: { residents: "inwoners", volunteers: "vrijwilligers", chainPartners: "ketenpartners" },
    frames: "kaders per resultaatgebied (benoemde onderdelen):",
    summary: (file, reach, printed, forAll, costs) =>
      `samenvatting ${file}: bereik ${reach}${printed === undefined ? "" : ` (gedrukt ${printed})`}, waarvan ${forAll} voor alle opgaven; kosten ${costs}`,
    summaryOpgave: (opgave, reach, printed, cost) =>
      `${opgave}: bereik ${reach}${printed === undefined ? "" : ` (gedrukt ${printed})`}${cost === undefined ? "" : `, ${cost}`}`,
    impact: (file, counts) => `impact ${file}: ${counts}`,
    planning: (programme, counts) => `planning ${programme}: ${counts}`,
    policyFrame: (file, counts) => `beleidskader ${file}: ${counts}`,
  },
};
