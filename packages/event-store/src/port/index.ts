export * from "./eventStore";
export * from "./unreachable";
