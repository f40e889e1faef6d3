export * from "./eventStore";
