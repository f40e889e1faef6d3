export * from "./loadManifest";
export * from "./manifest";
