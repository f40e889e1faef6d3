/** What `grant-ledger demo` narrates, in English (issue 18: the narration from the catalogue). */
export const demoEn = {
  heading: (url: string) => `grant-ledger demo on ${url}`,
  manifestUnreadable: (problems: readonly string[]) =>
    `cannot read the demo manifest: ${problems.join("; ")}`,
  reconciled: (files: number, discrepancies: number) =>
    `reconcile ${files} tables of the 2007 Emmen agreement: ${
      discrepancies === 0
        ? "every printed total agrees, annexes match the tables cell by cell"
        : `${discrepancies} discrepanc${discrepancies === 1 ? "y" : "ies"}`
    }`,
  imported: (events: number) =>
    `imported as ${events} events: offer, negotiation round 1 (contract per cell), both signatures`,
  alreadyImported: "already imported in this store: continuing with it",
  importFailed: (why: string) => `import failed: ${why}`,
  baseline: (totals: string) => `signed baseline: ${totals}`,
  /** Per demo step id (`@grant-ledger/demo`'s DEMO_SHIFTS). */
  shiftTitles: {
    "within-area": "a small shift inside result area 6 (Activering en participatie)",
    "across-areas": "a shift across result areas (3 Informatie en advies to 2 Jeugd)",
  } as Readonly<Record<string, string>>,
  shift: (title: string, amount: string, from: string, to: string) =>
    `${title}: ${amount} from ${from} to ${to}`,
  holds: (from: string, fromHolds: string, to: string, toHolds: string) =>
    `now ${from} holds ${fromHolds}, ${to} holds ${toHolds}`,
  absent: "nothing (no such cell)",
  dryRun: (outcome: string) => `controls (dry run): ${outcome}`,
  refused: (why: string) => `refused, nothing recorded: ${why}`,
  requested: (id: string, events: string) => `provider requests it (${id}): recorded ${events}`,
  approved: (events: string) => `municipality approves: recorded ${events}`,
  approvalRefused: (why: string) => `approval refused: ${why}`,
  reported: (period: string) =>
    `provider reports ${period}: realised hours for two cells (a later report of the same period is recorded as a correction)`,
  reportRefused: (period: string, why: string) => `the report of ${period} was refused: ${why}`,
  broken: (why: string) => `verify: BROKEN: ${why}`,
  intact: (events: number) => `verify the hash chain: intact, ${events} events`,
  checkpoint: (revision: string, hash: string) => `audit checkpoint: revision ${revision}, hash ${hash}`,
  reports: (files: number, dir: string) =>
    `accountability reports (JSON, CSV for Dutch Excel, HTML with the matrix), each stamped with that checkpoint: ${files} files in ${dir}`,
  reportNotMade: (name: string, why: string) => `${name}: not made (${why})`,
  openReports: (html: string, verifyCommand: string) =>
    `open ${html} in a browser; check one: ${verifyCommand}`,
  /** `cli`: the command as the user started it (`../demo/invocation.ts`). */
  next: (cli: string) => `Next: ${cli} --help (controls, reallocate, approve, verify, checkpoint, ...)`,
};

export type DemoMessages = typeof demoEn;
