export * from "./catalogue";
export * from "./envelope";
export * from "./funding";
export * from "./lifecycle";
export * from "./products";
export * from "./reallocation";
export * from "./reportResult";
export * from "./resultsFramework";
