export * from "./signTreeHead";
