import {
  type AgreementState,
  EUROS,
  IsoDate,
  type Party,
  calendarDayOf,
  matrixEntries,
  totalCosts,
  totalsByKind,
} from "@grant-ledger/core";
import { type Command, Option } from "commander";
import * as E from "fp-ts/Either";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import { matrixJson } from "../format/exactJson";
import { type CommandIo, processIo } from "../io/commandIo";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";

interface SignFlags extends LedgerFlags {
  readonly agreement: string;
  readonly party: Party;
  readonly role: string;
  readonly date?: string;
  readonly mandate?: string;
}

/** What signing froze: the hours matrix per unit kind, and the budget's euros where there is one. */
const baselineTotals = (s: AgreementState) => {
  const byKind = new Map(totalsByKind(matrixEntries(s.baseline)));
  if (s.funding.budget !== undefined) byKind.set(EUROS, totalCosts(s.funding.budgetBaseline));
  return byKind;
};

const define = defineLifecycle<SignFlags, "sign">({
  name: "sign",
  options: (c: Command, h) =>
    c
      .addOption(
        new Option("--party <party>", h.options["--party"])
          .choices(["municipality", "provider"])
          .makeOptionMandatory(),
      )
      .requiredOption("--role <text>", h.options["--role"])
      .option("--date <yyyy-mm-dd>", h.options["--date"])
      .option("--mandate <text>", h.options["--mandate"])
      .option("--reason <text>", h.options["--reason"]),
  run: ({ flags, io, open }) =>
    runOnAgreement(flags, io, open, {
      build: (state, actor, ctx) => {
        const date = flags.date ?? calendarDayOf(new Date().toISOString());
        if (!IsoDate.is(date))
          return E.left({ kind: "usage", message: ctx.m.failure.badDate("--date", date) });
        const signature = {
          person: actor.person,
          role: flags.role,
          date,
          ...(flags.mandate === undefined ? {} : { mandate: flags.mandate }),
        };
        return E.right({
          type: "SignAgreement",
          data: { agreementId: state.agreementId, party: flags.party, signature },
        });
      },
      report: (recorded, ctx) => {
        const s = recorded.state;
        const signed = s.status === "signed";
        if (ctx.json)
          ctx.printJson(
            recordedJson(recorded, s.agreementId, {
              status: s.status,
              signatures: s.signatures,
              ...(signed ? { baseline: matrixJson(s.baseline) } : {}),
            }),
          );
        else {
          const party = ctx.m.lifecycle.partyName[flags.party] ?? flags.party;
          const person = s.signatures[flags.party]?.person ?? "";
          const other: Party = flags.party === "municipality" ? "provider" : "municipality";
          io.out(
            [
              ctx.m.lifecycle.signedBy(s.agreementId, party, person),
              signed
                ? ctx.m.lifecycle.nowSigned(ctx.formats.totals(baselineTotals(s)))
                : ctx.m.lifecycle.waitingFor(ctx.m.lifecycle.partyName[other] ?? other),
            ].join("\n"),
          );
        }
        return 0;
      },
    }),
});

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const signCli = (argv: readonly string[], io: CommandIo = processIo, open: StoreOpener = openStore) =>
  runDefined("sign", define, argv, io, open);
