export * from "./annex";
export * from "./budget";
export * from "./discrepancy/discrepancy";
export * from "./manifest";
export * from "./reconcile";
export * from "./resultArea";
export * from "./table";
export * from "./import";
