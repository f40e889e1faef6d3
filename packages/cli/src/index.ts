export { buildProgram } from "./program";
export { EXIT } from "./exitCodes";
export { DEFAULT_STORE_URL, openStore } from "./store/openStore";
export { demoCli } from "./commands/demo";
export { captureIo, type CommandIo, processIo } from "./io/commandIo";
export { reconcileCli } from "./commands/reconcile";
export { importCli, type ImportDeps } from "./commands/import";
export { reportCli } from "./commands/report";
export { verifyReportCli } from "./commands/verifyReport";
