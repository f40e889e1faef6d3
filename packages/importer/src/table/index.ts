export * from "./delimiter";
export * from "./encoding";
export * from "./reading";
export * from "./readTable";
export * from "./dutchFormat";
export * from "./rowShape";
