export { buildProgram } from "./program";
export { EXIT } from "./exitCodes";
export { DEFAULT_STORE_URL, openStore } from "./store/openStore";
export { demoCli } from "./commands/demo";
export { captureIo, type CommandIo, processIo } from "./io/commandIo";
