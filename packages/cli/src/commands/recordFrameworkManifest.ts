import type { ResultsFramework } from "@grant-ledger/core";
import { contradictions, reconcile } from "@grant-ledger/importer";
import * as E from "fp-ts/Either";
import { type DocumentFlags, readLimitsOf } from "../io/documentOptions";
import type { Messages } from "../messages/catalogue";
import { unreadableText } from "../reconcile/reconcileText";
import type { CliFailure } from "../runner/cliFailure";

/**
 * The results framework of an import manifest: the same manifest `import` reads, so one
 * manifest takes a document's framework tables in (result lists, effect forms, goal tables,
 * policy frames, services, summaries and impact). The tables are read and checked as
 * `reconcile` does; a result section that contradicts itself stops the command unless
 * `acceptDiscrepancies`, as it stops `import`. The manifest must describe the agreement the
 * framework is recorded on: another agreement's documents are refused, not recorded.
 */
export const frameworkFromManifest = async (
  path: string,
  agreementId: string,
  flags: DocumentFlags & { readonly acceptDiscrepancies?: boolean },
  m: Messages,
): Promise<E.Either<CliFailure, ResultsFramework>> => {
  const read = await reconcile(path, readLimitsOf(flags));
  if (E.isLeft(read)) return E.left({ kind: "bad-file", path, message: unreadableText(read.left, m) });
  const r = read.right;
  const words = m.recordFrameworkManifest;
  const named = r.manifest.manifest.agreement.id;
  if (named !== agreementId)
    return E.left({ kind: "usage", message: words.otherAgreement(path, named, agreementId) });
  if (r.results.framework === undefined) return E.left({ kind: "usage", message: words.noResults(path) });
  const against = contradictions(r.results.discrepancies);
  if (against.length > 0 && flags.acceptDiscrepancies !== true)
    return E.left({
      kind: "discrepancies",
      path,
      message: [words.discrepancies(against.length), ...against.map((d) => `  ${d.message}`)].join("\n"),
    });
  return E.right(r.results.framework);
};
