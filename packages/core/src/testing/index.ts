export * from "./builders";
export * from "./diff";
export * from "./given";
export * from "./givenView";
export * from "./fundingBuilders";
export { armoede2022, buurtVitaal2009 } from "../funding/examples.testSupport";
export * from "./productBuilders";
