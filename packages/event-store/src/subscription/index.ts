export * from "./catchUp";
