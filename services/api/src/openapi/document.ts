import * as t from "io-ts";
import type { Route } from "../app/route";
import { PROBLEM_TYPES, type ProblemType, problemTypeUri } from "../problems/catalogue";
import { PROBLEM_MEDIA_TYPE } from "../problems/problem";
import { toJsonSchema } from "./jsonSchema";

export const ProblemDocument = t.intersection(
  [
    t.type({ type: t.string, title: t.string, status: t.number, requestId: t.string }),
    t.partial({
      detail: t.string,
      instance: t.string,
      tag: t.string,
      rule: t.string,
      currentEtag: t.string,
      problems: t.array(t.type({ path: t.string, value: t.unknown, message: t.string })),
      verdicts: t.array(t.UnknownRecord),
    }),
  ],
  "Problem",
);

/** Problems any route may answer with. */
const EVERY_ROUTE: readonly ProblemType[] = ["too-many-requests", "internal-error"];

const HEADERS: Record<string, { description: string }> = {
  ETag: {
    description:
      "a strong validator: the agreement's stream revision, quoted (state, commands); a digest of the page's bytes (audit trail)",
  },
  Location: { description: "the new agreement" },
  "Set-Cookie": { description: "the session cookie: HttpOnly, SameSite=Strict, Secure over https" },
  Link: { description: 'RFC 8288: `<…>; rel="next"` when there is a next page' },
};

const problemResponses = (route: Route) => {
  const types = [
    ...new Set([
      ...route.problems,
      ...(route.authenticated ? (["unauthenticated"] as const) : []),
      ...EVERY_ROUTE,
    ]),
  ];
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of types) {
    const { status } = PROBLEM_TYPES[type];
    byStatus.set(status, [...(byStatus.get(status) ?? []), type]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list
          .map((type) => `\`${problemTypeUri(type)}\`: ${PROBLEM_TYPES[type].title}`)
          .join("; "),
        content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    ]),
  );
};

const operation = (route: Route) => ({
  operationId: route.operationId,
  summary: route.summary,
  ...(route.description === undefined ? {} : { description: route.description }),
  tags: [route.tag],
  ...(route.authenticated ? {} : { security: [] }),
  parameters: (route.parameters ?? []).map((p) => ({
    name: p.name,
    in: p.in,
    required: p.required,
    description: p.description,
    schema: p.schema === undefined ? { type: "string" } : toJsonSchema(p.schema),
  })),
  ...(route.body === undefined
    ? {}
    : {
        requestBody: {
          required: true,
          content: { [route.bodyMediaType ?? "application/json"]: { schema: toJsonSchema(route.body) } },
        },
      }),
  responses: {
    ...Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.headers === undefined
            ? {}
            : {
                headers: Object.fromEntries(
                  r.headers.map((h) => [h, { ...HEADERS[h], schema: { type: "string" } }]),
                ),
              }),
          ...(r.body === undefined && r.alsoAs === undefined
            ? {}
            : {
                content: {
                  ...(r.body === undefined ? {} : { "application/json": { schema: toJsonSchema(r.body) } }),
                  ...Object.fromEntries((r.alsoAs ?? []).map((m) => [m, { schema: { type: "string" } }])),
                },
              }),
        },
      ]),
    ),
    ...problemResponses(route),
  },
});

/**
 * The OpenAPI 3.1 document, generated from the route table: the same io-ts codecs that decode
 * request bodies give their schemas, and the problem catalogue gives the error responses.
 */
export const openApiDocument = (routes: readonly Route[], version: string) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  return {
    openapi: "3.1.0",
    info: {
      title: "grant-ledger audit service",
      version,
      description:
        "Audit trails, reallocation controls and commands on municipal welfare subsidy agreements. Errors are RFC 9457 problem documents; their `type`s are listed under `x-problem-types`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT (EdDSA)" } },
      schemas: { Problem: toJsonSchema(ProblemDocument) },
    },
    "x-problem-types": Object.fromEntries(
      Object.entries(PROBLEM_TYPES).map(([name, p]) => [problemTypeUri(name as ProblemType), p]),
    ),
  };
};

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
