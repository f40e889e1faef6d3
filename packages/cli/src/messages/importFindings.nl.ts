import type {
  FindingValues,
  ImportFindingFormats,
  ImportFindingWords,
  TableKind,
} from "@grant-ledger/importer";

const q = (s: string): string => `"${s}"`;

const FIGURES: Readonly<Record<FindingValues["printed-total"]["figure"], string>> = {
  costs: "de kosten",
  contributions: "de bijdragen",
  grant: "de subsidie",
  shortfall: "kosten − bijdragen",
  deficit: "kosten − bijdragen − subsidie",
};
const WHY: Readonly<Record<FindingValues["budget-lump-sum"]["why"], string>> = {
  "no-tariff": "geen tarief",
  "no-fte-or-hours": "geen fte of uren",
};
const DELIMITERS: Readonly<Record<string, string>> = {
  tab: "tabs",
  semicolon: "puntkomma's",
  comma: "komma's",
};
const TBD_PARTS_NL: Readonly<Record<FindingValues["goal-to-be-determined"]["part"], string>> = {
  ambition: "de ambitie",
  result: "een resultaat",
  activity: "een activiteit",
};
const summaryRow = (v: { row: string; name?: string }): string =>
  v.row === "total" ? "het totaal" : v.row === "subtotal" ? `het subtotaal van ${v.name}` : (v.name ?? "");
/** Each kind of results table by its rule; a kind added later shows its English rule until worded here. */
const RULES: Readonly<Record<TableKind, string>> = {
  "effect-form": "een effectformulier in lange vorm (Effect | Onderdeel | Tekst | Aantal | Rol)",
  "effect-assignments":
    "de opdrachten van een effectformulier (Effect | Opdrachtnemer | Rol | Onderdeel | Tekst)",
  "effect-contractors":
    "de blokken per opdrachtnemer van een effectformulier (Effect | Opdrachtnemer | Rol | Kosten en baten)",
  "result-list": "een resultatenlijst (Activiteit | Werksoort of Doelstelling | Resultaat per <termijn>)",
  "goal-table":
    "een doeltabel (Global goal | Maatschappelijk effect | Ambitie | Gewenst resultaat | Activiteiten)",
  "impact-list": "een impactlijst (Opgave | Impact, één rij per beoogde impact)",
  "policy-frame": "een beleidskader (Kader | Kop | Code | Tekst, één rij per punt)",
  services: "een tabel van diensten en bereik (Dienst | Uitvoering | Bereik, als laatste een rij Totaal)",
  summary: "een samenvatting van bereik en kosten (Dienst | Bereik | Kosten, een Subtotaal per opgave)",
  planning: "een programmaplanning (Planning | Actie | Resultaat, één rij per periode)",
};
const rule = (v: { layout?: TableKind; rule: string }): string =>
  v.layout === undefined ? v.rule : (RULES[v.layout] ?? v.rule);
const CATEGORIES: Readonly<Record<FindingValues["reach-category-total"]["category"], string>> = {
  residents: "inwoners",
  volunteers: "vrijwilligers",
  chainPartners: "ketenpartners",
};
const category = (c: string): string => CATEGORIES[c as keyof typeof CATEGORIES] ?? c;
const PLANNING_FIGURES: Readonly<Record<FindingValues["planning-stated-total"]["figure"], string>> = {
  participants: "de deelnemers per fase",
  activeResidents: "de actieve bewoners (deelnemers en maatjes) per fase",
};
const CONTRIBUTION_COLUMNS: Readonly<Record<string, string>> = { party: "Partij", amount: "Bedrag" };

/**
 * Wat de importer in de tabellen en de geldstukken vond, in het Nederlands: dezelfde codes als
 * de Engelse melding van de importer (`findingWords.en.ts`), gewoord uit de waarden van de
 * bevinding, met Nederlandse getallen. De Engelse reden van een parser (`reason`) blijft weg.
 */
export const dutchImportFindingWords = (f: ImportFindingFormats): ImportFindingWords => {
  const { units: u, number: n } = f;
  /** A category split's `parts` (`category count`, one per line): `inwoners 160 + vrijwilligers 50`. */
  const split = (parts: string): string =>
    parts
      .split("\n")
      .map((line) => {
        const [c = "", count = ""] = line.split(" ");
        return `${category(c)} ${n(count)}`.trim();
      })
      .join(" + ");
  const reading = (amount: string | undefined, kind: string | undefined, text: string | undefined) =>
    amount !== undefined && kind !== undefined
      ? u(amount, kind)
      : text !== undefined
        ? q(text)
        : "een lege cel";
  const found = (v: { found?: string; foundKind?: string; foundText?: string }) =>
    reading(v.found, v.foundKind, v.foundText);
  const notANumber = (raw: string) => (raw === "" ? "een lege cel" : `${q(raw)} is geen getal`);
  return {
    "empty-file": (v) => `${v.file} is leeg`,
    "unparseable-file": (v) =>
      `${v.file} is niet in rijen te splitsen als waarden gescheiden door ${DELIMITERS[v.delimiter] ?? v.delimiter}`,
    "matrix-no-column": (v) => `resultaatgebied ${v.resultArea} heeft geen kolom ${v.column} in de kop`,
    "matrix-unnamed-column": (v) =>
      `kolom ${v.column} van resultaatgebied ${v.resultArea} heeft geen kop; de waarden ervan worden niet gelezen`,
    "matrix-separator-row": (v) =>
      `een scheidingsregel in resultaatgebied ${v.resultArea}; die wordt niet gelezen`,
    "matrix-label-only-row": (v) =>
      `rij ${q(v.label)} heeft alleen de eerste cel gevuld (een tussenkop, of een werksoort zonder waarden); die wordt niet gelezen`,
    "matrix-misaligned-row": (v) =>
      `rij ${q(v.label)} telt ${v.cells} kolommen, de kop ${v.columns}; de waarden worden op hun positie gelezen`,
    "matrix-row-without-work-type": (v) =>
      `een rij zonder werksoort vóór de laatste rij van resultaatgebied ${v.resultArea}; die wordt niet gelezen`,
    "matrix-not-a-number": (v) =>
      `${v.workType ?? "kolomtotalen"}, ${v.column}: ${q(v.raw)} is geen getal of hoeveelheid (zoals 1.500 of 82 groepen)`,
    "matrix-mixed-kinds": (v) =>
      `rij ${q(v.label)} mengt ${v.kinds.split(",").map(f.kind).join(" en ")}; de totalen ervan worden niet gecontroleerd`,
    "matrix-several-work-types": (v) =>
      `rij ${q(v.label)} noemt meer werksoorten; de eenheden worden gelezen als één rij ${v.workType}, niet verdeeld`,
    "matrix-duplicate-work-type": (v) =>
      `werksoort ${v.workType} staat twee keer in resultaatgebied ${v.resultArea}; de tweede rij wordt niet gelezen`,
    "matrix-duplicate-product": (v) =>
      `product ${q(v.product)} van ${v.workType} staat twee keer in resultaatgebied ${v.resultArea}; de tweede rij wordt niet gelezen`,
    "matrix-no-total-row": (v) =>
      `resultaatgebied ${v.resultArea} heeft geen rij met kolomtotalen; de kolomtotalen worden niet gecontroleerd`,
    "matrix-row-total": (v) =>
      `Totaal van ${v.resultArea}/${v.workType}${v.product === undefined ? "" : ` (${v.product})`} is ${found(v)}, de wijken tellen op tot ${u(v.amount, v.kind)}`,
    "matrix-column-total": (v) =>
      `kolom ${v.district} van resultaatgebied ${v.resultArea} heeft als totaal ${found(v)}, de cellen tellen op tot ${u(v.amount, v.kind)}`,
    "matrix-grand-total": (v) =>
      `kolom ${v.column} van resultaatgebied ${v.resultArea} heeft als totaal ${found(v)}, de rijen tellen op tot ${u(v.amount, v.kind)}`,
    "matrix-products-of": (v) =>
      `de rijen van resultaatgebied ${v.resultArea} worden gelezen als producten van ${v.workType}, dat regel ${v.line} noemt; hun cellen tellen op tot de cellen van ${v.workType}`,
    "matrix-rows-as-work-types": (v) =>
      `de rijen van resultaatgebied ${v.resultArea} worden gelezen als werksoorten, hoewel het geen codes zijn; zijn het producten van één werksoort, noem die dan met "workType" bij dit resultaatgebied in het manifest`,
    "matrix-no-district-column": (v) =>
      `resultaatgebied ${v.resultArea} heeft geen kolom voor wijk ${v.district}`,
    "matrix-no-annex-column": (v) =>
      `resultaatgebied ${v.resultArea} heeft geen kolom voor ${v.district}; de bijlage is er niet mee te vergelijken`,
    "annex-extra-values": () => "waarden voorbij de kolom met eenheden; de rij wordt niet gelezen",
    "annex-row-without-work-type": () => "een rij zonder werksoort; de rij wordt niet gelezen",
    "annex-row-without-units": (v) => `rij ${v.workType} heeft geen eenheden; de rij wordt niet gelezen`,
    "annex-heading-unknown-area": (v) =>
      `${q(v.label)}, alleen op de regel, past bij geen resultaatgebied van het manifest; de rijen eronder worden niet vergeleken`,
    "annex-label-unknown-area": (v) =>
      `${q(v.label)} past bij geen resultaatgebied van het manifest; de rijen ervan worden niet vergeleken`,
    "annex-separator-row": (v) =>
      `een scheidingsregel in de bijlage voor ${v.district}; die wordt niet gelezen`,
    "annex-first-row-no-area": () =>
      "de eerste rij van de bijlage noemt geen resultaatgebied; de rijen worden niet vergeleken",
    "annex-several-work-types": (v) =>
      `${q(v.workType)} noemt meer werksoorten; de eenheden zijn er niet over te verdelen en worden niet vergeleken`,
    "annex-not-a-number": (v) => `${q(v.raw)} is geen getal of hoeveelheid (zoals 1.372)`,
    "annex-no-units": (v) => `geen eenheden voor ${v.workType}`,
    "annex-duplicate-row": (v) =>
      `${v.row} staat twee keer in de bijlage voor ${v.district}; de tweede rij wordt niet vergeleken`,
    "annex-no-total-row": (v) =>
      `de bijlage voor ${v.district} heeft geen totaalrij; het totaal wordt niet gecontroleerd`,
    "annex-total-not-a-number": (v) => `totaal van ${v.district}: ${notANumber(v.raw)}`,
    "annex-total": (v) =>
      `de bijlage voor ${v.district} heeft als totaal ${found(v)}, de rijen tellen op tot ${u(v.amount, v.kind)}`,
    "annex-slipped-units": (v) =>
      `de eenheden van regel ${v.from}–${v.to} zijn een rij omhoog geschoven ten opzichte van hun werksoorten; teruggeschoven luiden ze ${v.rows
        .split("; ")
        .map((r) => `regel ${r}`)
        .join(", ")}, en zo worden ze vergeleken`,
    "annex-mismatch": (v) => {
      const table =
        v.tableHas === "no-row"
          ? `geen rij ${v.workType}`
          : v.tableHas === "no-cell"
            ? "niets"
            : reading(v.table, v.tableKind, v.tableText);
      return `${v.resultArea}/${v.workType}/${v.district}: de bijlage zegt ${u(v.amount, v.kind)}${v.printedOn === undefined ? "" : ` (gedrukt op regel ${v.printedOn}, teruggeschoven)`}, ${v.tableFile}${v.tableLine === undefined ? "" : `:${v.tableLine}`} zegt ${table}`;
    },
    "annex-missing-row": (v) =>
      `${v.tableFile}:${v.tableLine} geeft ${v.resultArea}/${v.workType}/${v.district} = ${u(v.amount, v.kind)}, de bijlage voor ${v.district} heeft die rij niet`,
    "printed-total-unknown": (v) => `${q(v.label)} is geen totaal dat de importer kent; niet gecontroleerd`,
    "printed-total-not-a-number": (v) => `${v.label}: ${notANumber(v.raw)}`,
    "printed-grant-not-given": (v) =>
      `${v.label} ${v.raw} staat gedrukt, maar het manifest geeft geen subsidie: niet gecontroleerd, en het tekort rekent met een subsidie van 0`,
    "printed-total": (v) =>
      `${v.label}: ${FIGURES[v.figure]} komt uit op € ${n(v.computed)}, gedrukt ${v.raw}`,
    "budget-lump-sum": (v) => `${v.service}: ${WHY[v.why]}, gelezen als vast bedrag van € ${v.raw}`,
    "budget-to-be-determined": (v) =>
      `${v.service}: ${WHY[v.why]} en ${v.raw ?? "een leeg Totaal"}: het bedrag is nog te bepalen`,
    "budget-hours": (v) =>
      `${v.service}: ${v.fte} fte × ${n(v.hoursPerFte)} = ${n(v.exact)} uur, gedrukt ${v.raw}`,
    "budget-amount": (v) =>
      `${v.service}: ${n(v.hours)} uur × € ${v.tariff} = € ${n(v.exact)}, gedrukt ${v.raw}`,
    "budget-no-subtotal": (v) =>
      `begroting ${q(v.budget)} heeft geen rij Subtotaal; het subtotaal wordt niet gecontroleerd`,
    "budget-subtotal": (v) =>
      `${v.label} van ${q(v.budget)} is ${v.raw}; de exacte bedragen tellen op tot € ${n(v.exact)}${v.printedLines === undefined ? "" : `, de gedrukte regels tot ${n(v.printedLines)}`}`,
    "budget-missing-column": (v) =>
      `begroting ${q(v.budget)} heeft geen kolom ${v.column}; de controles die die kolom nodig hebben vervallen`,
    "budget-empty-value": (v) => `${v.service}: geen ${v.column}`,
    "budget-not-a-number": (v) => `${v.service}, ${v.column}: ${notANumber(v.raw)}`,
    "cost-lines-no-header": (v) =>
      `kostenregels ${q(v.name)} hebben geen kop Wat | Kosten: er wordt niets gelezen`,
    "cost-line-not-a-number": (v) => `${v.description}: ${notANumber(v.raw)}`,
    "cost-calculation-unreadable": (v) =>
      `${v.description}: wat tussen haakjes staat is geen berekening die te controleren is; het gedrukte bedrag geldt als vast bedrag`,
    "cost-calculation": (v) => `${v.description}: ${v.calculation} = € ${n(v.exact)}, gedrukt ${v.raw}`,
    "cost-implausible-rate": (v) =>
      `${v.description}: klopt, maar € ${n(v.rate)} per uur is geen aannemelijk tarief; de regel telt vermoedelijk iets anders (trajecten), als ${n(v.hours)} × € ${n(v.rate)}`,
    "cost-unusual-weeks": (v) =>
      `${v.description}: berekend voor ${n(v.amount)} ${v.unit}, terwijl ${v.others} andere regel(s) ${v.usual} rekenen`,
    "cost-to-be-determined": (v) => `${v.description}: geen bedrag; het is nog te bepalen`,
    "cost-section-total": (v) => `${v.section}: de regels tellen op tot € ${n(v.exact)}, gedrukt ${v.raw}`,
    "contributions-missing-column": (v) =>
      `bijdragen: geen kolom ${v.columns
        .split(",")
        .map((c) => CONTRIBUTION_COLUMNS[c] ?? c)
        .join(" of ")}; er wordt niets gelezen`,
    "contributions-total": (v) => `de bijdragen tellen op tot € ${n(v.exact)}, gedrukt ${v.raw}`,
    "contribution-role": (v) =>
      `${v.party}: ${v.role === undefined ? "geen rol gegeven" : `rol ${q(v.role)} is onbekend`}; gelezen als medefinancier`,
    "contribution-without-party": () => "een bijdrage zonder partij: niet gelezen",
    "contribution-hours-rate": (v) => `${v.party}, ${v.item}: de uren of het tarief zijn niet te lezen`,
    "contribution-in-kind": (v) =>
      `${v.party}, ${v.item}: ${v.hours} uur × € ${v.rate} = € ${n(v.exact)}, gedrukt ${v.raw}`,
    "contribution-not-a-number": (v) => `${v.party}, ${v.item}: ${notANumber(v.raw)}`,
    "results-deadline-spelling": (v) => `termijn \`${v.printed}\` gelezen als ${v.date}`,
    "results-activity-without-result": (v) =>
      `activiteit \`${v.activity}\` noemt geen doelstelling en geen resultaat`,
    "results-team-not-work-type": (v) =>
      `\`${v.team}\` is een team, geen werksoort van de matrix: het resultaat staat bij het team`,
    "results-no-work-type": () => "de rij noemt geen werksoort: het resultaat staat bij de wijk",
    "results-words-not-work-type": (v) => `\`${v.words}\` in de cel met werksoorten is geen werksoortcode`,
    "results-unfunded-work-type": (v) =>
      `${v.workType} heeft geen eenheden in ${v.cell}: het resultaat noemt een cel die het contract niet financiert`,
    "summary-reach-against-services": (v) =>
      `${v.heading}: de samenvatting noemt een bereik van ${v.stated}, de tabel met diensten (${v.services}) telt op tot ${v.planned}`,
    "summary-not-counted": (v) => `${summaryRow(v)}: \`${v.printed}\` telt niet mee`,
    "summary-not-a-number": (v) => `${summaryRow(v)}: \`${v.printed}\` is geen getal`,
    "summary-total-reach": (v) =>
      `het totale bereik ${n(v.printed)} is niet de subtotalen plus het bereik voor alle opgaven, ${n(v.sum)}`,
    "summary-subtotal-reach": (v) =>
      `${v.opgave}: het subtotaal ${n(v.printed)} is niet de som van de diensten, ${n(v.sum)}`,
    "results-missing-columns": (v) =>
      `${rule(v)}: geen kolom ${v.columns
        .split("\n")
        .map((c) => `\`${c}\``)
        .join(", ")} in de kop (\`${v.header}\`); de tabel wordt niet gelezen`,
    "results-unknown-column": (v) =>
      `${rule(v)}: kolom \`${v.column}\` wordt niet gelezen; de cellen ervan blijven weg`,
    "impact-without-opgave": (v) => `${rule(v)}: impact \`${v.impact}\` heeft geen opgave erboven`,
    "policy-row-without-text": (v) => `${rule(v)}: de rij heeft geen Tekst; overgeslagen`,
    "policy-unknown-heading": (v) =>
      `${rule(v)}: kop \`${v.heading}\` legt de importer niet vast; de ${v.rows} rijen ervan worden alleen geteld`,
    "effect-unknown-part": (v) =>
      `${rule(v)}: onderdeel \`${v.part}\` leest de importer niet; rij overgeslagen`,
    "frame-not-a-label": (v) => `\`${v.label}\` is geen onderdeel van het kader; rij overgeslagen`,
    "goal-to-be-determined": (v) =>
      `${TBD_PARTS_NL[v.part]} luidt \`${v.printed}\`: vastgelegd als nog te bepalen`,
    "goal-effect-one-letter-off": (v) =>
      `effect \`${v.title}\` gelezen als \`${v.known}\` (regel ${v.line}), één letter verschil`,
    "goal-results-not-indicators": (v) =>
      `de resultaten luiden \`${v.results}\`: het zijn nog geen indicatoren`,
    "impact-row-without-impact": (v) => `opgave \`${v.opgave}\` heeft een rij zonder impact`,
    "impact-twice": (v) =>
      `opgave \`${v.opgave}\` noemt impact \`${v.impact}\` twee keer: één keer vastgelegd`,
    "impact-opgave-not-in-summary": (v) =>
      `de impactlijst noemt opgave \`${v.opgave}\`, die in ${v.summary} geen kop is`,
    "summary-opgave-without-impact": (v) => `opgave \`${v.opgave}\` heeft geen impact in ${v.impact}`,
    "policy-listed-count": (v) => `\`${v.heading}\` noemt ${v.stated} punten, er staan er ${v.listed}`,
    "policy-code-reading": (v) => `code \`${v.printed}\` tussen lettercodes wordt gelezen als ${v.read}`,
    "policy-planning-no-month": (v) =>
      `planning \`${v.code}\` is klaar \`${v.when}\`: geen maand gelezen, vastgelegd zonder termijn`,
    "policy-planning-deadline": (v) =>
      `planning \`${v.code}\` is klaar \`${v.when}\`: gelezen als ${v.deadline}, het eind van de laatst genoemde maand, in ${v.year}`,
    "frame-effect-read-as": (v) =>
      `effect \`${v.title}\` gelezen als ${v.file}:${v.line} \`${v.effect}\`${v.without === undefined ? ", één letter verschil" : `, ingekort (zonder \`${v.without}\`)`}`,
    "frame-effect-not-in-frame": (v) =>
      `effect \`${v.title}\` is geen van de maatschappelijke effecten van ${v.frame}${v.fromLine === undefined ? "" : ` (regel ${v.fromLine}–${v.toLine})`}; ${
        v.policyGoal === undefined
          ? "en ook geen beleidsdoel van het kader"
          : `het wordt gelezen als beleidsdoel ${v.policyGoal} (${v.frame}:${v.policyLine} \`${v.policyTitle}\`)${v.without === undefined ? "" : `, ingekort: zonder \`${v.without}\``}`
      }`,
    "frame-effect-without-any-table": (v) =>
      `effect \`${v.effect}\` staat in geen doeltabel, en elk werkveld heeft er een`,
    "frame-effect-without-table": (v) =>
      `effect \`${v.effect}\` staat in geen gelezen doeltabel${
        v.workFields === undefined
          ? ""
          : `; de doeltabel van ${v.workFields
              .split("\n")
              .map((w) => `\`${w}\``)
              .join(", ")} staat niet in het manifest`
      }`,
    "effect-baseline-in-period": (v) =>
      `het peilmoment van de nulmeting, ${v.year}, valt binnen de looptijd ${v.start}–${v.end}`,
    "effect-indicator-no-target": (v) =>
      `indicator ${v.indicator} noemt geen streefwaarde die de importer leest; bewaard als nog te bepalen`,
    "contractor-effort-without-figure": (v) =>
      `${v.organisation} (${v.effect}): \`${v.rest}\` is inzet zonder getal`,
    "contractor-not-in-list": (v) =>
      `effect ${v.effect} heeft een blok voor ${v.organisation}, dat de partnerlijst niet noemt`,
    "contractor-read-as": (v) =>
      `${v.organisation} (${v.effect}) gelezen als \`${v.printed}\` uit de partnerlijst`,
    "contractor-letter": (v) =>
      `effect ${v.effect}: de partnerlijst noemt \`${v.printed}\`, het blok heeft ${v.letter === undefined ? "geen letter" : `letter ${v.letter}`}`,
    "services-total-not-a-number": (v) => `het totaal \`${v.printed}\` is geen getal`,
    "services-total-reach": (v) =>
      `het gedrukte totale bereik ${n(v.printed)} is niet de som van de diensten, ${n(v.sum)}`,
    "services-no-reach": (v) => `geen bereik gedrukt voor \`${v.service}\``,
    "services-reach-shared": (v) =>
      `geen bereik gedrukt voor \`${v.service}\`: het getal van de rij erboven geldt voor beide`,
    "services-reach-to-be-determined": (v) =>
      `bereik \`${v.printed}\` van \`${v.service}\` is nog te bepalen en telt niet mee in het totaal`,
    "services-reach-not-whole": (v) => `bereik \`${v.printed}\` van \`${v.service}\` is geen geheel getal`,
    "services-reach-footnote": (v) =>
      `bereik \`${v.printed}\` van \`${v.service}\` heeft een voetnootteken; gelezen als ${n(v.read)}`,
    "reach-category-not-whole": (v) =>
      `het bereik onder ${category(v.category)}, \`${v.printed}\`, van \`${v.service}\` is geen geheel getal`,
    "reach-categories-over-reach": (v) =>
      `het bereik van \`${v.service}\` per categorie (${split(v.parts)} = ${n(v.sum)}, de rest nog te bepalen) is meer dan het genoemde bereik ${n(v.stated)}`,
    "reach-categories-not-reach": (v) =>
      `het bereik van \`${v.service}\` per categorie (${split(v.parts)} = ${n(v.sum)}) is niet het genoemde bereik ${n(v.stated)}`,
    "reach-category-total": (v) =>
      `het gedrukte totale bereik onder ${category(v.category)}, ${n(v.printed)}, is niet de som van de diensten, ${n(v.sum)}`,
    // The decoder's own account (`reason`) is English: its place and readings are data.
    "results-not-decoding": (v) =>
      `het resultatenkader dat uit de documenten is gelezen, klopt niet bij ${v.path}: verwacht ${v.expected}, gevonden ${q(v.found)}`,
    "planning-period-deadline": (v) =>
      `periode \`${v.period}\`: de termijn is het eind ervan, gelezen als ${v.deadline}`,
    "planning-period-no-end": (v) =>
      `periode \`${v.period}\` noemt geen eind dat als datum te lezen is: de mijlpalen ervan hebben geen termijn`,
    "planning-row-in-period": (v) =>
      `de rij noemt geen periode: gelezen als deel van \`${v.period}\` erboven`,
    "planning-stated-total": (v) =>
      `${PLANNING_FIGURES[v.figure] ?? v.figure} tellen op tot ${v.sum}, de planning noemt er in totaal ${v.stated}`,
  };
};
