export * from "./eventLeaf";
export * from "./nodesLog";
export * from "./computedLog";
