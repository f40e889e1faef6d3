import type { DescribeProducts } from "../commands/products";
import type { Product } from "../product/product";
import type { Actor, Recorded } from "../provenance/metadata";
import type { Quantity } from "../quantity/quantity";
import { EXAMPLE_AGREEMENT_ID, actors, cellAt, commandMetadata } from "./builders";

/** `product("6/OBW", "Intake", { "6/OBW/Stad": hours(1000) }, hours(900))`. */
export const product = (
  row: string,
  name: string,
  contract: Readonly<Record<string, Quantity>>,
  offer?: Quantity,
): Product => {
  const [resultArea = "", workType = ""] = row.split("/");
  return {
    row: { resultArea, workType },
    name,
    contract: Object.entries(contract).map(([key, quantity]) => ({ position: cellAt(key), quantity })),
    ...(offer === undefined ? {} : { offer }),
  };
};

export const describeProducts = (
  products: readonly Product[],
  actor: Actor = actors.director,
  reason = "products as the result-area table lists them",
): Recorded<DescribeProducts> => ({
  type: "DescribeProducts",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, products: [...products], reason },
  metadata: commandMetadata(actor),
});
