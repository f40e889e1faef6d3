import {
  type Actor,
  type Command,
  type CommandMetadata,
  type EncodedCommand,
  type Party,
  encodeCommand,
  normaliseResultArea,
} from "@grant-ledger/core";
import type * as t from "io-ts";
import type { Reconciliation } from "../reconcile/reconcile";
import { contractChanges } from "./negotiation";
import type { SignaturesFile } from "./signatures";

/** The import is the first (and only) negotiation round the documents record. */
const FIRST_ROUND = 1 as t.Int;

export interface CommandOptions {
  /** Timestamp of the import (ISO 8601); every command occurs at it. */
  readonly occurredAt: string;
  /** Who ran the import, recorded as the person of the proposal and the negotiation. */
  readonly recordedBy: string;
  /** Distinguishes this import's commands from any other's: the manifest's sha256. */
  readonly importId: string;
}

/**
 * The agreement as commands: the provider proposes the offer (Offerte column, per row); one
 * negotiation round turns it into the contract (cells from the tables); tables of products give
 * the products of their work type's cells; with signatures, each
 * party signs through its signatory. Returned as wire JSON: the application layer decodes it
 * like any other input, so nothing the documents produce is trusted unchecked.
 */
export const importCommands = (
  r: Reconciliation,
  signatures: SignaturesFile | undefined,
  o: CommandOptions,
): EncodedCommand[] => {
  const m = r.manifest.manifest;
  const agreementId = m.agreement.id;
  const correlationId = `import-${agreementId}-${o.importId.slice(0, 16)}`;
  const idOf = (step: string) => `${correlationId}-${step}`;
  const metadata = (step: string, actor: Actor, reason: string, cause?: string): CommandMetadata => ({
    actor,
    commandId: idOf(step),
    occurredAt: o.occurredAt,
    correlationId,
    causationId: cause === undefined ? idOf(step) : idOf(cause),
    reason,
  });
  const organisation = (party: Party) =>
    party === "municipality" ? m.agreement.municipality : m.agreement.provider;
  const actorFor = (party: Party, person: string): Actor => ({
    organisationId: organisation(party).id,
    role: party,
    person,
  });
  const tables = new Map(r.manifest.resultAreas.map((a) => [normaliseResultArea(a.code), a.table]));

  const commands: Command[] = [
    {
      type: "ProposeAgreement",
      data: {
        agreementId,
        municipality: m.agreement.municipality,
        provider: m.agreement.provider,
        period: m.agreement.period,
        frameworkAgreement: m.agreement.frameworkAgreement ?? "",
        resultAreas: m.resultAreas.map((a) => ({ code: normaliseResultArea(a.code), name: a.name })),
        offer: [...r.offer],
        expectedResults: [],
        tariffs: [...(m.tariffs ?? [])],
      },
      metadata: metadata(
        "propose",
        actorFor("provider", o.recordedBy),
        `offer imported from the Offerte columns listed in ${r.manifest.name}`,
      ),
    },
  ];
  const changes = contractChanges(r.offer, r.contract, (area) => tables.get(area) ?? r.manifest.name);
  if (changes.length > 0) {
    commands.push({
      type: "NegotiateAgreement",
      data: { agreementId, round: FIRST_ROUND, cellChanges: changes, expectedResultChanges: [] },
      metadata: metadata(
        "negotiate-1",
        actorFor("municipality", o.recordedBy),
        `contract imported from the tables listed in ${r.manifest.name}`,
        "propose",
      ),
    });
  }
  let previous = changes.length > 0 ? "negotiate-1" : "propose";
  if (r.products.length > 0) {
    commands.push({
      type: "DescribeProducts",
      data: {
        agreementId,
        products: [...r.products],
        reason: `products as the result-area tables listed in ${r.manifest.name} give them`,
      },
      metadata: metadata(
        "products",
        actorFor("provider", o.recordedBy),
        `products imported from ${r.manifest.name}`,
        previous,
      ),
    });
    previous = "products";
  }
  const money = r.money;
  if (money.groups.length > 0) {
    commands.push({
      type: "RecordBudget",
      data: {
        agreementId,
        budgetId: `budget-${o.importId.slice(0, 16)}`,
        groups: [...money.groups],
        reason: `budget imported from the tables listed in ${r.manifest.name}`,
        ...(m.budgetPolicy === undefined ? {} : { policy: m.budgetPolicy }),
      },
      metadata: metadata(
        "budget",
        actorFor("provider", o.recordedBy),
        `budget imported from ${r.manifest.name}`,
        previous,
      ),
    });
    previous = "budget";
  }
  if (money.contributions.contributions.length > 0) {
    commands.push({
      type: "RecordContributions",
      data: {
        agreementId,
        contributions: money.contributions,
        reason: `contributions imported from the tables listed in ${r.manifest.name}`,
      },
      metadata: metadata(
        "contributions",
        actorFor("provider", o.recordedBy),
        `contributions imported from ${r.manifest.name}`,
        previous,
      ),
    });
    previous = "contributions";
  }
  const framework = r.results.framework;
  if (framework !== undefined) {
    commands.push({
      type: "RecordResultsFramework",
      data: {
        agreementId,
        framework,
        reason: `results framework imported from the results sections of ${r.manifest.name}`,
      },
      metadata: metadata(
        "results-framework",
        actorFor("municipality", o.recordedBy),
        `results framework imported from ${r.manifest.name}`,
        previous,
      ),
    });
    previous = "results-framework";
  }
  if (m.grant !== undefined) {
    commands.push({
      type: "DecideGrant",
      data: {
        agreementId,
        decision: m.grant,
        reason: `grant decision ${m.grant.reference} as given in ${r.manifest.name}`,
      },
      metadata: metadata(
        "grant",
        actorFor("municipality", o.recordedBy),
        `grant decision imported from ${r.manifest.name}`,
        previous,
      ),
    });
    previous = "grant";
  }
  if (signatures !== undefined) {
    const parties: Party[] = ["provider", "municipality"];
    for (const party of parties) {
      const signature = signatures[party];
      commands.push({
        type: "SignAgreement",
        data: { agreementId, party, signature },
        metadata: metadata(
          `sign-${party}`,
          actorFor(party, signature.person),
          `signed by ${signature.person} (${signature.role}) on ${signature.date}`,
          previous,
        ),
      });
      previous = `sign-${party}`;
    }
  }
  return commands.map(encodeCommand);
};
