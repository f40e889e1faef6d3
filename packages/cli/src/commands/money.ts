import {
  BudgetGroup,
  BudgetPolicyInput,
  Contributions,
  CostReport,
  DecideGrant,
  GrantDecision,
  RecordBudget,
  RecordContributions,
  ReportCosts,
} from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import type { CommandHelpCatalogue } from "../help/help.en";
import { readInputFile } from "../input/inputFile";
import { processIo } from "../io/commandIo";
import { fundingJson, fundingLines } from "../money/fundingJson";
import type { Define } from "../runner/runCommand";
import { openStore } from "../store/openStore";

interface MoneyFlags extends LedgerFlags {
  readonly agreement: string;
  readonly reportId?: string;
}

const BudgetFile = t.intersection([
  t.type({ budgetId: t.string, groups: t.array(BudgetGroup) }),
  t.partial({ policy: BudgetPolicyInput }),
]);

/**
 * One money fact recorded from a JSON file: decoded with the core's codecs (errors name the
 * path in the file and the value), sent as a command, and answered with the financing as it
 * stands afterwards (costs per group, contributions, grant, deficit), computed, never typed.
 */
type MoneyPath = "decide-grant" | "record-budget" | "record-contributions" | "report-costs";

const recordFromFile = <A, P extends MoneyPath>(spec: {
  readonly name: P;
  readonly codec: t.Type<A, unknown, unknown>;
  readonly body: (
    agreementId: string,
    a: A,
    flags: MoneyFlags,
  ) => { type: string; data: Record<string, unknown> };
  readonly options?: (c: Command, words: CommandHelpCatalogue[P]) => Command;
}): readonly [string, Define] => [
  spec.name,
  defineLifecycle<MoneyFlags, P>({
    name: spec.name,
    argument: "<file>",
    options: (c, h) => (spec.options ?? ((x) => x))(c.option("--reason <text>", h.options["--reason"]), h),
    run: ({ file, flags, io, open }) =>
      runOnAgreement(flags, io, open, {
        build: async (state, _actor, ctx) =>
          E.map((a: A) => spec.body(state.agreementId, a, flags))(
            await readInputFile(file as string, spec.codec, ctx.m),
          ),
        report: (recorded, ctx) => {
          if (ctx.json)
            ctx.printJson(
              recordedJson(recorded, recorded.state.agreementId, { funding: fundingJson(recorded.state) }),
            );
          else
            io.out(
              [
                ctx.m.money.recorded(spec.name, recorded.state.agreementId),
                ...fundingLines(recorded.state, ctx.formats, ctx.m),
              ].join("\n"),
            );
          return 0;
        },
      }),
  }),
];

const reason = (flags: MoneyFlags, fallback: string) => flags.reason ?? fallback;

/** The money commands by name, for `runDefined` in tests. */
export const moneyCommands: Readonly<Record<string, Define>> = Object.fromEntries([
  recordFromFile({
    name: "decide-grant",
    codec: GrantDecision,
    body: (agreementId, decision, flags) => ({
      type: "DecideGrant",
      data: DecideGrant.props.data.encode({
        agreementId,
        decision,
        reason: reason(flags, `grant decision ${decision.reference}`),
      }),
    }),
  }),
  recordFromFile({
    name: "record-budget",
    codec: BudgetFile,
    body: (agreementId, b, flags) => ({
      type: "RecordBudget",
      data: RecordBudget.props.data.encode({
        agreementId,
        ...b,
        reason: reason(flags, `budget ${b.budgetId}`),
      }),
    }),
  }),
  recordFromFile({
    name: "record-contributions",
    codec: Contributions,
    body: (agreementId, contributions, flags) => ({
      type: "RecordContributions",
      data: RecordContributions.props.data.encode({
        agreementId,
        contributions,
        reason: reason(flags, "contributions"),
      }),
    }),
  }),
  recordFromFile({
    name: "report-costs",
    codec: CostReport,
    options: (c, h) => c.option("--report-id <id>", h.options["--report-id"]),
    body: (agreementId, report, flags) => ({
      type: "ReportCosts",
      data: ReportCosts.props.data.encode({
        agreementId,
        reportId: flags.reportId ?? `costs-${report.period}`,
        report,
      }),
    }),
  }),
] as const);

export const register = (program: Command): void => {
  for (const define of Object.values(moneyCommands))
    define(program, processIo, openStore, (code) => {
      process.exitCode = code;
    });
};
