export * from "./eventLeaf";
export * from "./nodesLog";
