export { Product, productNameKey } from "./product";
export { type ProductProblem, productsProblem } from "./productCheck";
