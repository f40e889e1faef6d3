export { type CliRun, runCliProcess } from "./cliProcess";
