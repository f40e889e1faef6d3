import {
  CellChange,
  ExpectedResultChange,
  NonEmptyString,
  PositiveInt,
  ReallocationPolicy,
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

/** A round as the parties write it down: every cell change gives its reason. */
export const NegotiationFile = t.intersection(
  [
    t.type({ cellChanges: t.array(t.intersection([CellChange, t.type({ reason: NonEmptyString })])) }),
    t.partial({
      round: PositiveInt,
      expectedResultChanges: t.array(ExpectedResultChange),
      policy: ReallocationPolicy,
    }),
  ],
  "NegotiationFile",
);

interface NegotiateFlags extends LedgerFlags {
  readonly agreement: string;
}

const define = defineLifecycle<NegotiateFlags, "negotiate">({
  name: "negotiate",
  argument: "<file>",
  options: (c: Command, h) => c.option("--reason <text>", h.options["--reason"]),
  run: ({ file, flags, io, open }) =>
    runOnAgreement(flags, io, open, {
      build: async (state, _actor, ctx) =>
        E.map((round: t.TypeOf<typeof NegotiationFile>) => {
          const encoded = NegotiationFile.encode(round);
          return {
            type: "NegotiateAgreement",
            data: {
              agreementId: state.agreementId,
              round: round.round ?? state.negotiationRound + 1,
              cellChanges: encoded.cellChanges,
              expectedResultChanges: encoded.expectedResultChanges ?? [],
              ...(encoded.policy === undefined ? {} : { policy: encoded.policy }),
            },
          };
        })(await readInputFile(file as string, NegotiationFile, ctx.m)),
      report: (recorded, ctx) => {
        const s = recorded.state;
        if (ctx.json)
          ctx.printJson(
            recordedJson(recorded, s.agreementId, { round: s.negotiationRound, draft: matrixJson(s.draft) }),
          );
        else {
          const changes = recorded.events.flatMap((e) =>
            e.type === "AgreementNegotiated" ? e.data.cellChanges : [],
          );
          io.out(
            ctx.m.lifecycle.negotiated(
              s.agreementId,
              s.negotiationRound,
              changes.length,
              ctx.formats.totals(totalsByKind(matrixEntries(s.draft))),
            ),
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

export const negotiateCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("negotiate", define, argv, io, open);
