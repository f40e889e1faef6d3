import type { DemoMessages } from "./demo.en";

/** De vertelling van `grant-ledger demo`, in het Nederlands: dezelfde sleutels als `demo.en.ts`. */
export const demoNl: DemoMessages = {
  heading: (url) => `grant-ledger demo op ${url}`,
  manifestUnreadable: (problems) => `het manifest van de demo is niet te lezen: ${problems.join("; ")}`,
  reconciled: (files, discrepancies) =>
    `reconcilieer ${files} tabellen van de Emmense overeenkomst van 2007: ${
      discrepancies === 0
        ? "elk gedrukt totaal klopt, de bijlagen sluiten cel voor cel aan op de tabellen"
        : `${discrepancies} ${discrepancies === 1 ? "afwijking" : "afwijkingen"}`
    }`,
  imported: (events) =>
    `geïmporteerd als ${events} gebeurtenissen: offerte, onderhandelingsronde 1 (contract per cel), beide handtekeningen`,
  alreadyImported: "al geïmporteerd in deze store: de demo gaat ermee verder",
  importFailed: (why) => `import mislukt: ${why}`,
  baseline: (totals) => `ondertekende basis: ${totals}`,
  shiftTitles: {
    "within-area": "een kleine verschuiving binnen resultaatgebied 6 (Activering en participatie)",
    "across-areas": "een verschuiving tussen resultaatgebieden (3 Informatie en advies naar 2 Jeugd)",
  },
  shift: (title, amount, from, to) => `${title}: ${amount} van ${from} naar ${to}`,
  holds: (from, fromHolds, to, toHolds) => `nu heeft ${from} ${fromHolds}, ${to} ${toHolds}`,
  absent: "niets (die cel bestaat niet)",
  dryRun: (outcome) => `controles (proefberekening): ${outcome}`,
  refused: (why) => `geweigerd, niets vastgelegd: ${why}`,
  requested: (id, events) => `de aanbieder vraagt het aan (${id}): vastgelegd ${events}`,
  approved: (events) => `de gemeente keurt goed: vastgelegd ${events}`,
  approvalRefused: (why) => `goedkeuring geweigerd: ${why}`,
  reported: (period) =>
    `de aanbieder rapporteert ${period}: gerealiseerde uren voor twee cellen (een latere rapportage over dezelfde periode wordt als correctie vastgelegd)`,
  reportRefused: (period, why) => `de rapportage over ${period} is geweigerd: ${why}`,
  broken: (why) => `verify: GEBROKEN: ${why}`,
  intact: (events) => `controleer de hashketen: intact, ${events} gebeurtenissen`,
  checkpoint: (revision, hash) => `auditcheckpoint: revisie ${revision}, hash ${hash}`,
  reports: (files, dir) =>
    `verantwoordingsrapporten (JSON, CSV voor Nederlandse Excel, HTML met de matrix), elk gestempeld met dat checkpoint: ${files} bestanden in ${dir}`,
  reportNotMade: (name, why) => `${name}: niet gemaakt (${why})`,
  openReports: (html, verifyCommand) => `open ${html} in een browser; controleer er een: ${verifyCommand}`,
  next: (cli) => `Verder: ${cli} --help (controls, reallocate, approve, verify, checkpoint, ...)`,
};
