export { type ResultsRead, type ResultsTotals, readResults } from "./readResults";
export { parseDeadline } from "./deadline";
