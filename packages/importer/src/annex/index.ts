export * from "./matchResultArea";
export * from "./parseAnnex";
