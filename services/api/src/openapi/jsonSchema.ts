import type * as t from "io-ts";

export type JsonSchema = Record<string, unknown>;

/**
 * Codecs the core writes by hand (`new t.Type`) carry no structure to read: their wire form,
 * by name. A codec neither structural nor named here becomes `{}` with its name as the
 * description, so the document never claims more than it knows.
 */
const DECIMAL = { type: "string", pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$" };
const NAMED: Record<string, JsonSchema> = {
  Cell: {
    type: "object",
    required: ["resultArea", "workType", "district"],
    properties: {
      resultArea: { type: "string", minLength: 1 },
      workType: { type: "string", minLength: 1 },
      district: { type: "string", minLength: 1 },
    },
  },
  Position: {
    type: "object",
    required: ["resultArea"],
    properties: {
      resultArea: { type: "string", minLength: 1 },
      workType: { type: "string", minLength: 1 },
      district: { type: "string", minLength: 1 },
    },
  },
  DecimalFromString: { ...DECIMAL, description: "an exact decimal as text" },
  Decimal: { ...DECIMAL, description: "an exact decimal as text" },
  Cents: { type: "string", pattern: "^-?(0|[1-9][0-9]*)$", description: "whole euro cents as text" },
  ReportingPeriod: { type: "string", pattern: "^[1-9][0-9]{3}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$" },
};

/** Refinements by name: the predicate cannot be read, its well-known meaning can. */
const REFINED: Record<string, JsonSchema> = {
  NonEmptyString: { minLength: 1 },
  NonBlank: { minLength: 1 },
  IsoDate: { format: "date" },
  IsoDateTime: { format: "date-time" },
  Int: { type: "integer" },
  PositiveInt: { type: "integer", minimum: 1 },
  NonNegativeInt: { type: "integer", minimum: 0 },
  ReportingPeriodText: { pattern: "^[1-9][0-9]{3}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$" },
  PositionKey: {
    pattern: "^[^/]+(/[^/]+){0,2}$",
    description: "resultArea/workType/district, or fewer parts",
  },
  LocalAgreementId: { minLength: 1, pattern: "^[^@]+$" },
  LocalPath: { pattern: "^/(?![/\\\\])[\\x21-\\x7e]*$", description: "a path of this service" },
  PageLimit: { pattern: "^[1-9][0-9]{0,2}$", description: "1 to 500" },
  NonNegativeDecimal: { pattern: "^(0|[1-9][0-9]*)(\\.[0-9]+)?$" },
};

type Any = t.Mixed & {
  _tag?: string;
  props?: t.Props;
  types?: t.Mixed[];
  type?: t.Mixed;
  value?: unknown;
  keys?: Record<string, unknown>;
  codomain?: t.Mixed;
};

const objectSchema = (props: t.Props, required: boolean): JsonSchema => {
  const keys = Object.keys(props);
  return {
    type: "object",
    properties: Object.fromEntries(keys.map((k) => [k, toJsonSchema(props[k] as t.Mixed)])),
    ...(required && keys.length > 0 ? { required: keys } : {}),
  };
};

/** The JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a codec accepts on the wire. */
export const toJsonSchema = (codec: t.Mixed): JsonSchema => {
  const c = codec as Any;
  switch (c._tag) {
    case "StringType":
      return { type: "string" };
    case "NumberType":
      return { type: "number" };
    case "BooleanType":
      return { type: "boolean" };
    case "NullType":
      return { type: "null" };
    case "UnknownType":
    case "AnyType":
      return {};
    case "UnknownRecordType":
    case "AnyDictionaryType":
      return { type: "object" };
    case "UnknownArrayType":
      return { type: "array" };
    case "LiteralType":
      return { const: c.value };
    case "KeyofType":
      return { type: "string", enum: Object.keys(c.keys ?? {}) };
    case "InterfaceType":
    case "StrictType":
      return { ...objectSchema(c.props ?? {}, true), ...(c.name.startsWith("{") ? {} : { title: c.name }) };
    case "PartialType":
      return objectSchema(c.props ?? {}, false);
    case "IntersectionType":
      return {
        allOf: (c.types ?? []).map(toJsonSchema),
        ...(c.name.startsWith("(") ? {} : { title: c.name }),
      };
    case "UnionType":
      return { anyOf: (c.types ?? []).map(toJsonSchema) };
    case "ArrayType":
    case "ReadonlyArrayType":
      return { type: "array", items: toJsonSchema(c.type as t.Mixed) };
    case "DictionaryType":
      return { type: "object", additionalProperties: toJsonSchema(c.codomain as t.Mixed) };
    case "ExactType":
    case "ReadonlyType":
      return toJsonSchema(c.type as t.Mixed);
    case "RefinementType":
    case "BrandType": {
      const base = toJsonSchema(c.type as t.Mixed);
      const refined = REFINED[c.name];
      return {
        ...base,
        ...refined,
        ...(refined === undefined ? { description: `${c.name} (checked by the codec)` } : {}),
      };
    }
    default:
      return NAMED[c.name] ?? { description: `${c.name} (see the codec in @grant-ledger/core)` };
  }
};
