import { IsoDate, calendarDayOf, moneyToEuros, toDecimalString } from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import { parseTypedNumber } from "../input/units";
import { type CommandIo, processIo } from "../io/commandIo";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";

interface CloseFlags extends LedgerFlags {
  readonly agreement: string;
  readonly reason: string;
  readonly closedOn?: string;
  readonly finalNote?: string;
  readonly finalAmount?: string;
}

const define = defineLifecycle<CloseFlags, "close">({
  name: "close",
  options: (c: Command, h) =>
    c
      .requiredOption("--reason <text>", h.options["--reason"])
      .option("--closed-on <yyyy-mm-dd>", h.options["--closed-on"])
      .option("--final-note <text>", h.options["--final-note"])
      .option("--final-amount <euros>", h.options["--final-amount"]),
  run: ({ flags, io, open }) =>
    runOnAgreement(flags, io, open, {
      build: (state, _actor, ctx) => {
        const closedOn = flags.closedOn ?? calendarDayOf(new Date().toISOString());
        if (!IsoDate.is(closedOn))
          return E.left({ kind: "usage", message: ctx.m.failure.badDate("--closed-on", closedOn) });
        let amount: string | undefined;
        if (flags.finalAmount !== undefined) {
          const euros = parseTypedNumber("--final-amount", flags.finalAmount, ctx.m);
          if (E.isLeft(euros)) return euros;
          if (euros.right.scale > 2)
            return E.left({
              kind: "usage",
              message: ctx.m.units.tooManyCents("--final-amount", flags.finalAmount),
            });
          amount = (euros.right.units * 10n ** BigInt(2 - euros.right.scale)).toString();
        }
        const determination =
          flags.finalNote === undefined && amount === undefined
            ? {}
            : {
                finalDetermination: {
                  note: flags.finalNote ?? "",
                  ...(amount === undefined ? {} : { amount }),
                },
              };
        return E.right({
          type: "CloseAgreement",
          data: { agreementId: state.agreementId, closedOn, reason: flags.reason, ...determination },
        });
      },
      report: (recorded, ctx) => {
        const s = recorded.state;
        const final = s.finalDetermination;
        const euros = final?.amount === undefined ? undefined : moneyToEuros(final.amount);
        if (ctx.json)
          ctx.printJson(
            recordedJson(recorded, s.agreementId, {
              closedOn: s.closedOn,
              ...(final === undefined
                ? {}
                : {
                    finalDetermination: {
                      note: final.note,
                      ...(euros === undefined ? {} : { amountEuros: toDecimalString(euros) }),
                    },
                  }),
            }),
          );
        else
          io.out(
            [
              ctx.m.lifecycle.closed(s.agreementId, s.closedOn ?? ""),
              ...(euros === undefined ? [] : [ctx.m.lifecycle.finalAmount(ctx.formats.euros(euros))]),
            ].join("\n"),
          );
        return 0;
      },
    }),
});

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const closeCli = (argv: readonly string[], io: CommandIo = processIo, open: StoreOpener = openStore) =>
  runDefined("close", define, argv, io, open);
