import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { DescribeProducts } from "../../commands/products";
import type { ProductsDescribed } from "../../events/products";
import { productsProblem } from "../../product/productCheck";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { requireNegotiable, requireOpenAgreement, requireReason } from "./guards";

/**
 * Products are part of the terms: described while they are negotiated, against the matrix
 * under negotiation, and frozen with it at the first signature.
 */
export const decideDescribeProducts = (
  cmd: Recorded<DescribeProducts>,
  state: AgreementState,
): E.Either<DomainError, ProductsDescribed[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.flatMap(requireNegotiable),
    E.tap(() => requireReason(cmd.data.reason, "a list of products")),
    E.tap((s): E.Either<DomainError, undefined> => {
      const problem = productsProblem(cmd.data.products, s.offer, s.draft);
      if (problem === undefined) return E.right(undefined);
      return problem._tag === "Shape"
        ? E.left(
            domainError("InvalidProducts", problem.problem, { problem: problem.problem, code: problem.code }),
          )
        : E.left(
            domainError(
              "ProductsDoNotAddUp",
              `the products of ${problem.position} add up to ${problem.products} ${problem.kind}, the matrix holds ${problem.matrix === null ? "nothing there" : `${problem.matrix} ${problem.kind}`}`,
              {
                position: problem.position,
                kind: problem.kind,
                products: problem.products,
                matrix: problem.matrix,
              },
            ),
          );
    }),
    E.map(() => [
      {
        type: "ProductsDescribed" as const,
        schemaVersion: 1 as const,
        data: { products: cmd.data.products, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );
