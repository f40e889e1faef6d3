import { auditNl } from "./audit.nl";
import { commanderNl } from "./commander.nl";
import { dutchCosting } from "./costing.nl";
import { demoNl } from "./demo.nl";
import { dutchDomainErrors } from "./domainErrors.nl";
import type { Messages } from "./en";
import { dutchFindingWords } from "./findings.nl";
import { reconcileNl } from "./reconcile.nl";
import { systemNl } from "./system.nl";

/** Dutch, the default: the same keys as `en.ts`. */
const quoted = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => items.join(", ");

export const nl: Messages = {
  locale: "nl-NL",
  decimalSeparator: ",",
  kindNames: { hours: "uur", groups: "groepen", clients: "cliënten", euros: "euro" },
  help: {
    program: "Grootboek van gebeurtenissen voor subsidieovereenkomsten van gemeenten in het sociaal domein.",
    version: "toon het versienummer",
    helpCommand: "toon de hulp bij een opdracht",
  },
  helpLayout: {
    helpOption: "toon de hulp bij deze opdracht",
    titles: {
      "Usage:": "Gebruik:",
      "Arguments:": "Argumenten:",
      "Options:": "Opties:",
      "Global Options:": "Algemene opties:",
      "Commands:": "Opdrachten:",
    },
    usageWords: { "[options]": "[opties]", "[command]": "[opdracht]" },
    choices: "keuze uit",
    default: "standaard",
    preset: "zonder waarde",
    env: "omgevingsvariabele",
  },
  failure: {
    amendmentReason: (file) =>
      `${file}: geef de reden van de wijziging in het bestand ("reason") of met --reason`,
    proposeInput: "propose: geef een voorstelbestand, of --manifest <manifest> (een van beide)",
    storeMissing: (path, url) =>
      `geen store op ${path} (${url}): controleer het pad; alleen import, propose en demo maken een nieuwe store, met --create`,
    // The detail comes from the store adapter in English: quoted, inside a Dutch sentence.
    storeUnreachable: (url, detail) =>
      `de store op ${url} is niet bereikbaar (draait de server op die host en poort?); melding van de store: "${detail}"`,
    unknownAgreement: (id, store) =>
      `geen overeenkomst ${quoted(id)} in de store ${store} (controleer --agreement)`,
    unknownCell: (option, cell, agreement, closest) =>
      `${option} ${cell}: overeenkomst ${agreement} heeft die cel niet` +
      (closest.length > 0 ? `; dichtstbij: ${list(closest)}` : ""),
    notACell: (option, text) =>
      `${option} ${quoted(text)} is geen cel: verwacht <resultaatgebied>/<werksoort>/<wijk>, bijv. 6/OBW/Stad`,
    unknownKind: (text, agreement, kinds) =>
      `--kind ${quoted(text)}: overeenkomst ${agreement} telt alleen ${list(kinds)}`,
    unknownReport: (text, reports) => `geen rapport ${quoted(text)}: kies uit ${list(reports)}`,
    unknownPeriod: (period, agreement, periods) =>
      `--period ${quoted(period)}: overeenkomst ${agreement} heeft daarvoor geen rapportage` +
      (periods.length > 0 ? `; gerapporteerd: ${list(periods)}` : "; er is nog niets gerapporteerd"),
    badFile: (path, why) => `${path}: ${why}`,
    fileUnreadable: (reason) => `het bestand is niet te lezen (${reason})`,
    fileNotJson: (reason) => `geen JSON: ${reason}`,
    fileTooLarge: (limit) => `groter dan ${limit} bytes`,
    fileDoesNotDecode: (problems) => `klopt niet: ${problems.join("; ")}`,
    badDate: (option, text) => `${option} ${quoted(text)}: verwacht een datum zoals 2007-12-31`,
    badActor: (text, why) =>
      `--actor ${quoted(text)}: verwacht <organisatie>:<rol>:<persoon> met rol municipality, provider, auditor of system (${why})`,
    refused: (code, message) => `geweigerd (${code}): ${message}`,
    notRecorded: (what) => `er is niets vastgelegd voor ${what}`,
  },
  units: {
    grammar:
      "schrijf cijfers met een komma voor decimalen (12,5); geen scheidingstekens voor duizendtallen; een komma met precies drie cijfers erna (1,500) wordt geweigerd omdat hij dubbelzinnig is",
    empty: (option) => `${option}: geef een aantal eenheden, bijv. 100 of 12,5`,
    thousandsSeparator: (option, text) =>
      `${option} ${quoted(text)}: een punt scheidt in Nederlandse notatie duizendtallen, en scheidingstekens voor duizendtallen worden niet geaccepteerd; schrijf het getal zonder (1500), en een komma voor decimalen (12,5)`,
    threeDecimals: (option, text) =>
      `${option} ${quoted(text)} is dubbelzinnig: in Engelse notatie is het een getal in de duizenden, in Nederlandse een getal met drie decimalen; schrijf 1500 voor vijftienhonderd of 1,5 voor anderhalf (drie decimalen: 1,5000)`,
    notANumber: (option, text) =>
      `${option} ${quoted(text)}: verwacht een aantal eenheden zoals 100 of 12,5 (cijfers, één komma voor decimalen, verder niets)`,
    notPositive: (option, text) => `${option} ${text}: een verschuiving verplaatst meer dan nul eenheden`,
    tooManyCents: (option, text) =>
      `${option} ${quoted(text)}: een bedrag heeft hoogstens twee decimalen (hele centen)`,
  },
  reallocation: {
    outcome: { allowed: "toegestaan", "needs-approval": "goedkeuring nodig", forbidden: "niet toegestaan" },
    controlsHeader: (outcome, amount, from, to) => `${outcome}: ${amount} van ${from} naar ${to}`,
    applied: (id, version) => `doorgevoerd: ${id} (beleid versie ${version})`,
    requested: (id, version) => `aangevraagd: ${id} heeft goedkeuring nodig (beleid versie ${version})`,
    approved: (id) => `goedgekeurd: ${id}`,
    rejected: (id, reason) => `afgewezen: ${id}: ${reason}`,
  },
  reports: {
    needsAgreement: (report) => `rapport ${report} gaat over één overeenkomst: geef --agreement <id>`,
    needsCell: "rapport cell-history heeft --cell <cel> nodig, bijv. 6/OBW/Stad",
    onlyFor: (option, report) => `${option} geldt alleen voor rapport ${report}`,
    asOfNotForRegister:
      "--as-of geldt niet voor het register van overeenkomsten: dat toont de store altijd zoals hij nu is",
    badKey: (path, why) => `--sign ${path}: ${why}`,
    wrote: (path, report, revision, position, hash) =>
      `geschreven: ${path}: ${report}, controlepunt revisie ${revision}, globale positie ${position}, hash ${hash}`,
    intact: (revision, position, hash, numbers, signature) =>
      `intact: het controlepunt (revisie ${revision}, globale positie ${position}, hash ${hash}) staat in de keten van de store` +
      (numbers
        ? "; elk getal is gelijk aan een nieuwe berekening daar"
        : "; een CSV-rapport waarvan het stempel geen rapportsoort noemt: de getallen zijn niet herberekend") +
      (signature ? "; de handtekening klopt" : ""),
    invalid: (problem) => `ONGELDIG: ${problem}`,
  },
  views: {
    wholeNumber: (option, text) => `${option} verwacht een geheel getal, niet ${quoted(text)}`,
    emptyPosition: (cell, agreement) =>
      `--cell ${cell}: overeenkomst ${agreement} heeft die cel niet: er is daar nooit iets aangeboden, afgesproken of gerapporteerd`,
    noAgreements: (store) => `geen overeenkomsten in ${store}`,
    noReallocations: (agreement) => `geen herschikkingen in ${agreement}`,
    asOfExclusive: "--recorded en --effective sluiten elkaar uit",
    asOfNeedsDate: "--recorded en --effective hebben --as-of <datum> nodig",
    request: (id) => `verzoek ${id}`,
    period: (period) => `periode ${period}`,
    policy: (version) => `beleid v${version}`,
    when: (recordedAt, occurredAt) => `${recordedAt} (vond plaats ${occurredAt})`,
    by: (person, organisation, role) => `door ${person} (${organisation}, ${role})`,
    why: (reason) => `reden: ${reason}`,
    offer: (totals) => `offerte ${totals}`,
    contract: (totals) => `contract ${totals}`,
    lastChange: (revision, type, at) => `revisie ${revision}: ${type} op ${at}`,
    requestedBy: (person, at, justification) => `aangevraagd door ${person} op ${at}: ${justification}`,
    decidedBy: (status, person, justification) => `${status} door ${person}: ${justification}`,
    cumulative: (percent, kind, threshold, above) =>
      `cumulatief ${percent}% (${kind}; drempel ${threshold}%${above ? ", erboven" : ""})`,
    asOfRevision: (revision) =>
      `--as-of ${revision} is een revisie; --recorded en --effective gelden voor een datum`,
  },
  lifecycle: {
    proposed: (id, stream, offer) => `voorgesteld: ${id} in ${stream}; offerte ${offer}`,
    negotiated: (id, round, changes, draft) =>
      `onderhandeld: ${id}, ronde ${round}: ${changes} ${changes === 1 ? "celwijziging" : "celwijzigingen"}; het concept bevat nu ${draft}`,
    signedBy: (id, party, person) => `${party} heeft ${id} ondertekend (${person})`,
    partyName: { municipality: "de gemeente", provider: "de aanbieder" },
    nowSigned: (baseline) => `beide partijen hebben getekend: de basis is ${baseline}`,
    waitingFor: (party) => `wacht op de handtekening van ${party}`,
    reported: (id, period, realised, correction) =>
      `gerapporteerd: ${period} voor ${id}; gerealiseerd ${realised}${correction ? " (een correctie op een eerdere rapportage)" : ""}`,
    realisation: (share) => `${share} van het contract`,
    measured: (id, period, indicators, met, missed) =>
      `gemeten: ${period} voor ${id}; ${indicators} ${indicators === 1 ? "indicator" : "indicatoren"}, ${met} gehaald; ${missed} ${missed === 1 ? "mijlpaal" : "mijlpalen"} gemist`,
    amended: (id, amendment, changes, baseline) =>
      `gewijzigd: ${id} (${amendment}): ${changes} ${changes === 1 ? "celwijziging" : "celwijzigingen"}; de basis is nu ${baseline}`,
    closed: (id, on) => `afgesloten: ${id} op ${on}`,
    finalAmount: (amount) => `vaststelling: ${amount}`,
    replay: "deze opdracht was al vastgelegd (zelfde command id): niets dubbel vastgelegd",
    and: " + ",
    nothing: "niets",
  },
  recordFramework: {
    recorded: (id, c) =>
      `resultatenkader vastgelegd voor ${id}: ${c.effects} ${c.effects === 1 ? "effect" : "effecten"}, ${c.results} ${c.results === 1 ? "resultaat" : "resultaten"}, ${c.indicators} ${c.indicators === 1 ? "indicator" : "indicatoren"}, ${c.services} ${c.services === 1 ? "dienst" : "diensten"}, ${c.milestones} ${c.milestones === 1 ? "mijlpaal" : "mijlpalen"}`,
  },
  imported: {
    written: (agreement, events, stream, types) =>
      `${agreement} geïmporteerd: ${events} gebeurtenissen in ${stream} (${types})`,
    lastHash: (hash) => `laatste hash ${hash}`,
    accepted: (n) =>
      `${n} ${n === 1 ? "afwijking" : "afwijkingen"} geaccepteerd en vastgelegd in metadata.annotations van de gebeurtenissen`,
    nothingWritten:
      "er is niets geschreven: verbeter de documenten, of start opnieuw met --accept-discrepancies om de afwijkingen bij de overeenkomst vast te leggen",
    refused: (message) => `import geweigerd: ${message}`,
    alreadyImported: (agreement, stream, found) =>
      `overeenkomst ${agreement} staat al in de store (stroom ${stream} ${
        found._tag === "AtRevision"
          ? `staat op revisie ${String(found.revision)}`
          : found._tag === "ThisImport"
            ? "bevat precies deze import"
            : "bevat een import van dit manifest met andere opties"
      }); import schrijft een overeenkomst nooit twee keer`,
    stepRefused: (step, reason) => `${step} geweigerd: ${reason}`,
  },
  state: {
    heading: (agreement, revision, of) => `overeenkomst ${agreement} per revisie ${revision} van ${of}`,
    recordedBy: (moment) => ` (vastgelegd uiterlijk ${moment})`,
    effectiveBy: (moment, leftOut) =>
      ` (van kracht uiterlijk ${moment}; ${leftOut} latere ${leftOut === 1 ? "gebeurtenis" : "gebeurtenissen"} weggelaten)`,
    status: { proposed: "voorgesteld", signed: "ondertekend", closed: "afgesloten", empty: "leeg" },
    statusLine: (status, period, closedOn) =>
      `status: ${status}${period === undefined ? "" : `, ${period}`}${closedOn === undefined ? "" : `, afgesloten op ${closedOn}`}`,
    period: (start, end) => `${start} tot en met ${end}`,
    parties: (municipality, provider) => `partijen: ${municipality} en ${provider}`,
    policy: (version, signedBy) =>
      `beleidsversie ${version}; ondertekend door: ${signedBy.length === 0 ? "nog niemand" : list(signedBy)}`,
    contract: (totals) => `contract zoals het nu staat (${totals}):`,
    empty: "leeg",
    products: "producten binnen werksoorten:",
    product: (row, name, cells, offer) =>
      `  ${row.padEnd(24)} ${name}: ${cells || "geen contracteenheden"}${offer === undefined ? "" : ` (offerte ${offer})`}`,
    inDistrict: (units, district) => `${units} in ${district}`,
    pending: "verschuivingen die wachten op een besluit:",
    pendingRequest: (id, person, organisation, at, shifts) =>
      `  ${id} door ${person} (${organisation}) op ${at}: ${shifts}`,
    shift: (units, from, to) => `${units} ${from} → ${to}`,
    results: (periods) => `resultaten gerapporteerd over: ${periods}`,
    corrections: (period, n) => `${period} (${n} ${n === 1 ? "correctie" : "correcties"})`,
  },
  money: {
    recorded: (command, agreement) => `${command}: vastgelegd bij ${agreement}`,
    group: (code, name, amount, toBeDetermined) =>
      `  ${code} ${name}: ${amount}${toBeDetermined > 0 ? ` (${toBeDetermined} ${toBeDetermined === 1 ? "regel" : "regels"} nog te bepalen)` : ""}`,
    financing: (costs, contributions, shortfall) =>
      `  kosten ${costs}, bijdragen ${contributions}, te dekken ${shortfall}`,
    grant: (grant, reference, balance, surplus) =>
      `  subsidie ${grant} (${reference ?? "geen beschikking"}), ${surplus ? "overschot" : "tekort"} ${balance}`,
    budgetHeading: (budget, agreement) =>
      `begroting ${budget} van ${agreement} (begroot | gerealiseerd | verschil, V voordelig, N nadelig)`,
    budgetRow: (label, planned, realised, variance, mark) =>
      `${label}: ${planned} | ${realised} | ${variance} ${mark}`,
    total: "totaal",
    financingHeading: "financiering:",
    noBudget: (agreement) => `overeenkomst ${agreement} heeft geen begroting`,
    dryRun: (outcome) => `proefberekening: ${outcome}`,
    costing: dutchCosting,
    notRecorded: (id) => `${id} is niet vastgelegd`,
    reconcileBudget: (name, hours, amount, complete) =>
      `begroting ${name}: ${hours}, ${amount} exact${complete ? "" : " (niet alle regels waren te berekenen)"}`,
    reconcileHeading: "geld (exacte euro's, berekend uit de regels):",
    reconcileFinancing: (costs, contributions, shortfall, grant, balance, surplus) =>
      `  kosten ${costs}, bijdragen ${contributions}, te dekken (kosten − bijdragen) ${shortfall}, subsidie ${grant}, ${surplus ? "overschot" : "tekort"} ${balance}`,
    amountOrHours: "geef --amount <euro's> of --hours <uren>, niet allebei en niet geen van beide",
    step: {
      BudgetReallocationApplied: (id) => `${id} doorgevoerd`,
      BudgetReallocationRequested: (id) => `${id} aangevraagd: dit vraagt goedkeuring`,
      BudgetReallocationApproved: (id) => `${id} goedgekeurd`,
      BudgetReallocationRejected: (id) => `${id} afgewezen`,
    },
  },
  rebuild: {
    unknownProjection: (name, known) => `onbekende projectie ${quoted(name)}: bekend zijn ${list(known)}`,
    noCheckpoints:
      "let op: deze store bewaart geen projectiecontrolepunten; de herbouwde toestand wordt alleen getoond",
    progress: (name, processed, total) =>
      `${name}: ${processed}${total === undefined ? "" : ` van ${total}`} gebeurtenissen verwerkt`,
    bar: (name) => `${name} [{bar}] {percentage}% | {value}/{total} gebeurtenissen`,
    rebuilt: (name, processed, position) =>
      `${name} herbouwd: ${processed} gebeurtenissen verwerkt, volgende positie ${position}`,
  },
  // record-framework --manifest (issue 16): een eigen blok, los van de woorden van andere commando's.
  recordFrameworkManifest: {
    fileOrManifest: "geef --file <kader.json> of --manifest <manifest.json>, niet allebei",
    otherAgreement: (path, named, agreement) =>
      `${path} beschrijft overeenkomst ${named}, niet ${agreement}: niets vastgelegd`,
    noResults: (path) =>
      `${path} noemt geen resultatensectie (expectedResults, effectForms, goalTables, services, frames, summaries, policyFrames, plannings): niets vast te leggen`,
    discrepancies: (n) =>
      `de resultatensecties spreken zichzelf tegen (${n} ${n === 1 ? "tegenstrijdigheid" : "tegenstrijdigheden"}); niets vastgelegd (--accept-discrepancies legt het kader toch vast):`,
  },
  findings: dutchFindingWords,
  domainErrors: dutchDomainErrors,
  commander: commanderNl,
  audit: auditNl,
  system: systemNl,
  demo: demoNl,
  reconcile: reconcileNl,
  viewWords: {
    steps: {
      offered: "aangeboden",
      negotiated: "onderhandeld",
      signed: "ondertekend",
      "reallocation-requested": "verschuiving aangevraagd",
      "reallocation-applied": "verschuiving doorgevoerd",
      "reallocation-approved": "verschuiving goedgekeurd",
      "reallocation-rejected": "verschuiving afgewezen",
      amended: "gewijzigd",
      "result-reported": "resultaat gerapporteerd",
    },
    requestStatus: {
      requested: "aangevraagd",
      applied: "doorgevoerd",
      approved: "goedgekeurd",
      rejected: "afgewezen",
    },
    levels: { cell: "cel", row: "rij", resultArea: "resultaatgebied" },
  },
  verdictWords: {
    outcomes: { pass: "voldoet", "needs-approval": "goedkeuring nodig", forbidden: "niet toegestaan" },
    rules: {
      conservation: "behoud",
      "cumulative-threshold": "cumulatieve drempel",
      "cell-limits": "celgrenzen",
      "protected-cells": "beschermde cellen",
      "across-result-areas": "tussen resultaatgebieden",
      scope: "reikwijdte",
      "four-eyes": "vier ogen",
      "approver-role": "rol beslisser",
      "freeze-window": "bevroren periode",
    },
  },
};
