export * from "./calendar";
export * from "./cell";
export * from "./codec/decodeError";
export type { JsonObject, JsonValue } from "./codec/json";
export * from "./matrix";
export * from "./provenance";
export * from "./quantity";
export * from "./decider/decider";
export * from "./agreement";
export * from "./events";
export * from "./commands";
export * from "./policy";
export * from "./funding";
// Money shifts costed as data, worded by each language (issue 15).
export { HoursOnLine, ShiftCosting } from "./funding/shiftCosting";
export * from "./product";
// Results framework (issue 16): goals, effects, indicators, reach, milestones, their measurements.
export * from "./results";
