import { Ajv2020 } from "ajv/dist/2020.js";
import type { OpenApiDocument } from "../openapi/document";

/**
 * Validates a response against the OpenAPI document: the operation (method and path template)
 * must document the status, and a JSON body must match its schema.
 */
export const responseChecker = (doc: OpenApiDocument) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: "doc", components: doc.components }, "doc");
  const templates = Object.keys(doc.paths).map((path) => ({
    path,
    pattern: new RegExp(`^${path.replace(/\{[A-Za-z]+\}/g, "[^/]+")}$`),
  }));
  return async (method: string, url: string, response: Response): Promise<string[]> => {
    const pathname = new URL(url).pathname;
    const template = templates.find((t) => t.pattern.test(pathname));
    if (template === undefined) return [`${pathname} is not in the document`];
    const operation = (
      doc.paths[template.path] as Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
      >
    )[method.toLowerCase()];
    if (operation === undefined) return [`${method} ${template.path} is not in the document`];
    const documented = operation.responses[String(response.status)];
    if (documented === undefined)
      return [`${method} ${template.path} does not document status ${response.status}`];
    const type = (response.headers.get("content-type") ?? "").split(";")[0] as string;
    const media = documented.content?.[type];
    if (documented.content !== undefined && media === undefined)
      return [`${method} ${template.path} ${response.status} does not document ${type}`];
    if (media === undefined || !type.endsWith("json")) return [];
    const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components', '"doc#/components'));
    const validate = ajv.compile(schema);
    const body = await response.clone().json();
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
};
