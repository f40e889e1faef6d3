import { escapeHtml } from "../html/escapeHtml";
import type { OpenApiDocument } from "./document";

interface Operation {
  summary: string;
  description?: string;
  parameters: { name: string; in: string; required: boolean; description: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string }>;
}

/**
 * The browsable API documentation, rendered on the server from the OpenAPI document: one
 * page, no script and nothing loaded from elsewhere (no CDN), every value escaped.
 */
export const docsPage = (doc: OpenApiDocument): string => {
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(
      ([method, op]) => `<section id="${escapeHtml(`${method}-${path}`)}">
<h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}</p>${op.description === undefined ? "" : `<p><small>${escapeHtml(op.description)}</small></p>`}
${op.parameters.length === 0 ? "" : `<table><tr><th>parameter</th><th>in</th><th></th></tr>${op.parameters.map((p) => `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? " *" : ""}</td><td>${escapeHtml(p.in)}</td><td>${escapeHtml(p.description)}</td></tr>`).join("")}</table>`}
${Object.entries(op.requestBody?.content ?? {})
  .map(
    ([media, { schema }]) =>
      `<details><summary>request body (${escapeHtml(media)})</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
  )
  .join("")}
<ul>${Object.entries(op.responses)
        .map(([status, r]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(r.description)}</li>`)
        .join("")}</ul>
</section>`,
    ),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}section{border-top:1px solid #ccc;padding:.5rem 0}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;vertical-align:top}pre{background:#f6f6f6;padding:.5rem;overflow:auto}</style>
</head><body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description)} The machine-readable document: <a href="/openapi.json">/openapi.json</a>. Send <code>Authorization: Bearer &lt;token&gt;</code>; in a browser, <a href="/login">log in</a> to read.</p>
${sections.join("\n")}
</body></html>`;
};
