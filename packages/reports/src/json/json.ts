import type { ReportDocument } from "../document/document";

/** The document as written: member order as built, two-space indent, a final newline. Schema: docs/reports/report.schema.json. */
export const renderJson = (document: ReportDocument): string => `${JSON.stringify(document, null, 2)}\n`;
