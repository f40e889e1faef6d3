import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "../app/createApp";
import { expressPath } from "../app/route";
import { COMMAND_ROUTES } from "../commands/commandRoutes";
import { PROBLEM_TYPES, problemTypeUri } from "../problems/catalogue";
import { AgreementReportKind } from "../reports/reportQuery";
import { toJsonSchema } from "./jsonSchema";

const service = createApp({
  store: createInMemoryEventStore(),
  auth: { verify: async () => E.left({ reason: "no tokens in this test" }) },
  logger: pino({ level: "silent" }),
});

/** What Express actually serves: every route layer's path and methods. */
const served = (): string[] => {
  const stack = (
    service.app as unknown as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    }
  ).router.stack;
  return stack.flatMap((layer) =>
    layer.route === undefined
      ? []
      : Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route?.path}`),
  );
};

const documented = (): string[] =>
  Object.entries(service.document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => `${m.toUpperCase()} ${expressPath(path)}`),
  );

describe("the OpenAPI document", () => {
  it("documents every route Express serves, and Express serves every documented route", () => {
    expect(served().sort()).toEqual(documented().sort());
    expect(served().length).toBeGreaterThanOrEqual(24);
  });

  it("is OpenAPI 3.1 whose every schema compiles as JSON Schema 2020-12", () => {
    expect(service.document.openapi).toBe("3.1.0");
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schemas: unknown[] = [];
    const collect = (node: unknown) => {
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "schema") schemas.push(value);
        else collect(value);
      }
    };
    collect(service.document.paths);
    expect(schemas.length).toBeGreaterThan(50);
    ajv.addSchema({ $id: "doc", components: service.document.components });
    for (const schema of schemas)
      expect(() =>
        ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"doc#/components'))),
      ).not.toThrow();
  });

  it("lists the whole problem catalogue", () => {
    expect(Object.keys(service.document["x-problem-types"]).sort()).toEqual(
      Object.keys(PROBLEM_TYPES)
        .map((t) => problemTypeUri(t as keyof typeof PROBLEM_TYPES))
        .sort(),
    );
  });

  it("documents the reports' parameters with the schemas of the codecs that decode them", () => {
    const parameters = (path: string) =>
      (
        service.document.paths[path] as {
          get: { parameters: { name: string; in: string; schema: { enum?: string[]; pattern?: string } }[] };
        }
      ).get.parameters;
    const byName = new Map(parameters("/agreements/{id}/reports/{kind}").map((p) => [p.name, p]));
    expect(byName.get("kind")?.schema.enum).toEqual(Object.keys(AgreementReportKind.keys));
    expect(byName.get("format")?.schema.enum).toEqual(["json", "csv", "html"]);
    expect(byName.get("lang")?.schema.enum).toEqual(["nl", "en"]);
    expect(byName.get("period")?.schema.pattern).toBeDefined();
    expect(byName.get("basis")?.schema.enum).toEqual(["recorded", "effective"]);
    expect([...byName.keys()].sort()).toEqual(
      ["id", "kind", "format", "lang", "csvDialect", "asOf", "basis", "period", "cell", "limit"].sort(),
    );
    expect(parameters("/reports/agreements").map((p) => p.name)).toEqual(["format", "lang", "csvDialect"]);
  });

  it("takes each command body's schema from the codec that decodes it", () => {
    for (const route of COMMAND_ROUTES) {
      const operation = (
        service.document.paths[route.path] as Record<
          string,
          { requestBody: { content: Record<string, { schema: unknown }> } }
        >
      ).post;
      expect(operation?.requestBody.content["application/json"]?.schema).toEqual(toJsonSchema(route.body));
    }
    const reallocation = JSON.stringify(
      toJsonSchema(COMMAND_ROUTES.find((r) => r.commandType === "RequestReallocation")?.body as never),
    );
    expect(reallocation).toContain('"requestId"');
    expect(reallocation).not.toContain('"agreementId"');
  });
});
