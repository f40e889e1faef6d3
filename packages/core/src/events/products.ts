import * as t from "io-ts";
import { Product } from "../product/product";
import { eventCodec } from "./envelope";

/** The products that break down the contract's cells, as the documents define them; replaces the list before. */
export const ProductsDescribed = eventCodec(
  "ProductsDescribed",
  1,
  t.type({ products: t.array(Product), reason: t.string }),
);
export type ProductsDescribed = t.TypeOf<typeof ProductsDescribed>;
