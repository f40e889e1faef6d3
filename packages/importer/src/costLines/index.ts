export * from "./calculation";
export * from "./checkCostLines";
export * from "./parseCostLines";
