import {
  CellChange,
  ExpectedResultChange,
  NonEmptyString,
  ReallocationPolicy,
  Representative,
  matrixEntries,
  totalsByKind,
} from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import { matrixJson } from "../format/exactJson";
import { readInputFile } from "../input/inputFile";
import { type CommandIo, processIo } from "../io/commandIo";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";

/** An amendment as both parties agreed it; its reason may come from the file or from --reason. */
export const AmendmentFile = t.intersection(
  [
    t.type({
      amendmentId: NonEmptyString,
      changes: t.array(t.intersection([CellChange, t.type({ reason: NonEmptyString })])),
      agreedBy: t.type({ municipality: Representative, provider: Representative }),
    }),
    t.partial({
      reason: NonEmptyString,
      expectedResultChanges: t.array(ExpectedResultChange),
      policy: ReallocationPolicy,
    }),
  ],
  "AmendmentFile",
);

interface AmendFlags extends LedgerFlags {
  readonly agreement: string;
}

const define = defineLifecycle<AmendFlags, "amend">({
  name: "amend",
  argument: "<file>",
  options: (c: Command, h) => c.option("--reason <text>", h.options["--reason"]),
  run: ({ file, flags, io, open }) =>
    runOnAgreement(flags, io, open, {
      build: async (state, _actor, ctx) =>
        E.flatMap((amendment: t.TypeOf<typeof AmendmentFile>) => {
          const reason = amendment.reason ?? flags.reason;
          if (reason === undefined)
            return E.left({ kind: "usage" as const, message: ctx.m.failure.amendmentReason(file as string) });
          const encoded = AmendmentFile.encode(amendment);
          return E.right({
            type: "AmendAgreement",
            data: {
              agreementId: state.agreementId,
              amendmentId: encoded.amendmentId,
              changes: encoded.changes,
              expectedResultChanges: encoded.expectedResultChanges ?? [],
              agreedBy: encoded.agreedBy,
              reason,
              ...(encoded.policy === undefined ? {} : { policy: encoded.policy }),
            },
          });
        })(await readInputFile(file as string, AmendmentFile, ctx.m)),
      report: (recorded, ctx) => {
        const s = recorded.state;
        const event = recorded.events.find((e) => e.type === "AgreementAmended");
        const amendmentId = event?.type === "AgreementAmended" ? event.data.amendmentId : "";
        const changes = event?.type === "AgreementAmended" ? event.data.changes.length : 0;
        if (ctx.json)
          ctx.printJson(
            recordedJson(recorded, s.agreementId, { amendmentId, baseline: matrixJson(s.baseline) }),
          );
        else
          io.out(
            ctx.m.lifecycle.amended(
              s.agreementId,
              amendmentId,
              changes,
              ctx.formats.totals(totalsByKind(matrixEntries(s.baseline))),
            ),
          );
        return 0;
      },
    }),
});

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const amendCli = (argv: readonly string[], io: CommandIo = processIo, open: StoreOpener = openStore) =>
  runDefined("amend", define, argv, io, open);
