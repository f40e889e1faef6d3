export * from "./buildAuditBundle";
