export * from "./commandHandler";
export { createStreamQueue, type StreamQueue } from "./streamQueue";
