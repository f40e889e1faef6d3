export * from "./builders";
export * from "./diff";
export * from "./given";
export * from "./givenView";
export * from "./fundingBuilders";
export * from "./resultsBuilders";
export { armoede2022, buurtVitaal2009 } from "../funding/examples.testSupport";
export { harenStyleFramework } from "../results/examples.testSupport";
export * from "./decoded";
