export { buildProgram } from "./program";
export { EXIT } from "./exitCodes";
export { DEFAULT_STORE_URL, openStore } from "./store/openStore";
