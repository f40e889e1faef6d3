import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { Product } from "../product/product";
import { commandCodec } from "./envelope";

/** The products that break down the contract's cells; replaces the list before. */
export const DescribeProducts = commandCodec(
  "DescribeProducts",
  t.type({ agreementId: NonEmptyString, products: t.array(Product), reason: t.string }),
);
export type DescribeProducts = t.TypeOf<typeof DescribeProducts>;
