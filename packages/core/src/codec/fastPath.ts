import * as E from "fp-ts/Either";
import type * as t from "io-ts";

/**
 * Decoding on the replay path without giving up io-ts as the single source of truth.
 *
 * A fast decoder accepts only valid input and returns exactly what the codec's `decode`
 * returns (deep-equal); on anything else it returns `undefined` and the caller asks the
 * codec itself, which names the path and the offending value. io-ts spends most of its
 * time on contexts, Either values and closures that only matter when something is wrong.
 */
export type FastDecode<A> = (u: unknown) => A | undefined;

const ROOT: t.Context = [];

interface Registered {
  readonly fast: FastDecode<unknown>;
  readonly validate: t.Validate<unknown, unknown>;
}
const registered = new WeakMap<t.Decoder<unknown, unknown>, Registered>();

/**
 * The codec, with `fastDecode` tried first. `fastDecode` must return `undefined` for every
 * invalid input and the codec's own result for valid input (property-test it against the
 * codec); it may also return `undefined` for valid input it does not handle.
 */
export const withFastPath = <C extends t.Any>(codec: C, fastDecode: FastDecode<t.TypeOf<C>>): C => {
  const original = codec.validate.bind(codec) as t.Validate<unknown, unknown>;
  // Inherits name, is, encode and the structure (`props`, `_tag`) that callers and error paths read.
  const fast = Object.create(codec) as C & {
    validate: t.Validate<unknown, unknown>;
    decode: (u: unknown) => t.Validation<unknown>;
  };
  fast.validate = (u, c) => {
    if (referenceOnly) return original(u, c);
    const a = fastDecode(u);
    return a === undefined ? original(u, c) : E.right(a);
  };
  // io-ts binds `decode` to its codec in the constructor: bind it to this one instead.
  fast.decode = (u: unknown) => fast.validate(u, [{ key: "", type: fast, actual: u }]);
  registered.set(fast, { fast: fastDecode, validate: original });
  return fast;
};

let referenceOnly = false;

/**
 * Decodes with every fast path switched off, nested ones included: the reference the fast
 * paths are tested against.
 */
export const decodeWithoutFastPaths = <A>(codec: t.Decoder<unknown, A>, u: unknown): t.Validation<A> => {
  referenceOnly = true;
  try {
    return codec.decode(u);
  } finally {
    referenceOnly = false;
  }
};

/** The codec as it was before `withFastPath`: the reference a fast path is tested against. */
export const withoutFastPath = <C extends t.Any>(codec: C): C =>
  registered.has(codec) ? (Object.getPrototypeOf(codec) as C) : codec;

interface Structure {
  readonly _tag?: string;
  readonly props?: Record<string, t.Any>;
  readonly type?: t.Any;
  readonly types?: readonly t.Any[];
  readonly predicate?: (a: unknown) => boolean;
  readonly value?: unknown;
  readonly keys?: Record<string, unknown>;
  readonly domain?: t.Any;
  readonly codomain?: t.Any;
}

const hasOwn = Object.prototype.hasOwnProperty;
const toStringOf = Object.prototype.toString;
// io-ts' UnknownRecord: plain objects (and dictionaries), not arrays, dates or null.
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" &&
  u !== null &&
  // What JSON.parse builds is answered without asking for the object's tag.
  ((Object.getPrototypeOf(u) === Object.prototype && !(Symbol.toStringTag in u)) ||
    toStringOf.call(u) === "[object Object]");

// io-ts' merge of intersection results, so the fast result is the one `decode` builds.
const mergeAll = (base: unknown, us: readonly unknown[]): unknown => {
  let equal = true;
  let primitive = true;
  const baseIsNotADictionary = !isRecord(base);
  for (const u of us) {
    if (u !== base) equal = false;
    if (isRecord(u)) primitive = false;
  }
  if (equal) return base;
  if (primitive) return us[us.length - 1];
  const r: Record<string, unknown> = {};
  for (const u of us as Record<string, unknown>[]) {
    for (const k in u) {
      if (!hasOwn.call(r, k) || baseIsNotADictionary || u[k] !== (base as Record<string, unknown>)[k]) {
        r[k] = u[k];
      }
    }
  }
  return r;
};

/**
 * Sentinel for "not decodable": `undefined` is a legitimate decoded value (an absent
 * optional member), so the compiled decoders use a symbol internally.
 */
const FAIL: unique symbol = Symbol("fail");
type Compiled = (u: unknown) => unknown;

/** One member of an interface: its key, its decoder, and whether it may be absent (`t.partial`). */
interface Member {
  readonly key: string;
  readonly decode: Compiled;
  readonly optional: boolean;
}

/**
 * Whether this runtime lets us build functions from source. Hardened runtimes refuse it
 * (`--disallow-code-generation-from-strings`, a CSP without `unsafe-eval`): they get the
 * closure decoders, which give the same results.
 */
const codeGenerationAllowed = (): boolean => {
  try {
    return new Function("return true")() === true;
  } catch {
    return false;
  }
};

export type InterfaceDecoders = "generated" | "closures";
let interfaceDecoders: InterfaceDecoders = codeGenerationAllowed() ? "generated" : "closures";
const compiledBy: Record<InterfaceDecoders, WeakMap<t.Decoder<unknown, unknown>, Compiled>> = {
  generated: new WeakMap(),
  closures: new WeakMap(),
};

/**
 * Which interface decoders `fastDecoderOf` builds from now on: generated code where the
 * runtime allows it (the default then), closures otherwise. For tests of both paths.
 */
export const useInterfaceDecoders = (kind: InterfaceDecoders): InterfaceDecoders => {
  const before = interfaceDecoders;
  if (kind === "generated" && !codeGenerationAllowed())
    throw new Error("this runtime refuses code generation from strings");
  interfaceDecoders = kind;
  return before;
};

/**
 * io-ts' semantics for `t.type` / `t.partial` members (and an intersection of them): extra
 * members kept, the input returned when nothing changed, a shallow copy with the decoded
 * members otherwise; an optional member may be absent, a required one only if its codec
 * accepts `undefined`, and then the copy holds it.
 *
 * Reading `u[key]` for each member key would be one keyed load shared by every interface
 * decoder: megamorphic, and the main cost of the closures. Walking the input's own keys with
 * `for...in` instead lets V8 read each value through the object's enum cache, whatever its
 * shape; the member is then found by key in a Map. The members the walk did not meet (absent
 * ones) are read afterwards, as io-ts reads them.
 */
const closureInterface = (members: readonly Member[]): Compiled => {
  const n = members.length;
  // One bit per member marks the ones the walk met; past 31 members, the plain member loop.
  if (n > 31) return memberLoop(members);
  const byKey = new Map<string, Member & { readonly bit: number }>(
    members.map((m, i) => [m.key, { ...m, bit: 1 << i }]),
  );
  const all = n === 31 ? 0x7fffffff : (1 << n) - 1;
  return function decodeInterface(u) {
    if (!isRecord(u)) return FAIL;
    let a = u;
    let met = 0;
    for (const key in u) {
      const m = byKey.get(key);
      if (m === undefined) continue;
      met |= m.bit;
      const ak = u[key];
      let vak = m.decode(ak);
      if (vak === FAIL) {
        if (m.optional && ak === undefined) vak = ak;
        else return FAIL;
      }
      if (vak !== ak || (vak === undefined && !m.optional && !hasOwn.call(a, key))) {
        if (a === u) a = { ...u };
        a[key] = vak;
      }
    }
    if (met === all) return a;
    for (let i = 0; i < n; i++) {
      if ((met & (1 << i)) !== 0) continue;
      const { key, decode, optional } = members[i] as Member;
      const ak = a[key];
      let vak = decode(ak);
      if (vak === FAIL) {
        if (optional && ak === undefined) vak = ak;
        else return FAIL;
      }
      if (vak !== ak || (!optional && vak === undefined && !hasOwn.call(a, key))) {
        if (a === u) a = { ...u };
        a[key] = vak;
      }
    }
    return a;
  };
};

/** The same semantics, member by member (for interfaces of more than 31 members). */
const memberLoop = (members: readonly Member[]): Compiled => {
  const n = members.length;
  return function decodeInterface(u) {
    if (!isRecord(u)) return FAIL;
    let a = u;
    for (let i = 0; i < n; i++) {
      const { key, decode, optional } = members[i] as Member;
      const ak = a[key];
      let vak = decode(ak);
      if (vak === FAIL) {
        if (optional && ak === undefined) vak = ak;
        else return FAIL;
      }
      if (vak !== ak || (!optional && vak === undefined && !hasOwn.call(a, key))) {
        if (a === u) a = { ...u };
        a[key] = vak;
      }
    }
    return a;
  };
};

/**
 * The same decoder as generated code: property names are literals in its source, so each
 * property read is monomorphic instead of one shared megamorphic `a[k]` (measured in
 * docs/benchmarks.md against the closures).
 */
const generatedInterface = (members: readonly Member[]): Compiled => {
  const member = ({ key: k, optional }: Member, i: number): string => {
    const key = JSON.stringify(k);
    const absent = optional
      ? "if (vak === FAIL) { if (ak === undefined) vak = ak; else return FAIL; }"
      : "if (vak === FAIL) return FAIL;";
    const changed = optional ? "vak !== ak" : `vak !== ak || (vak === undefined && !hasOwn.call(a, ${key}))`;
    return [
      `ak = a[${key}]; vak = d${i}(ak);`,
      absent,
      `if (${changed}) { if (a === u) a = { ...u }; a[${key}] = vak; }`,
    ].join("\n");
  };
  const body = [
    "return function decodeInterface(u) {",
    "if (!isRecord(u)) return FAIL;",
    "let a = u; let ak; let vak;",
    ...members.map(member),
    "return a;",
    "};",
  ].join("\n");
  const names = members.map((_, i) => `d${i}`);
  // Property names reach the generated code only through JSON.stringify, as string literals.
  const make = new Function("isRecord", "FAIL", "hasOwn", ...names, body);
  return make(isRecord, FAIL, hasOwn, ...members.map((m) => m.decode)) as Compiled;
};

const interfaceOf = (members: readonly Member[]): Compiled =>
  interfaceDecoders === "generated" ? generatedInterface(members) : closureInterface(members);

const membersOf = (props: Record<string, t.Any>, optional: boolean): Member[] =>
  Object.keys(props).map((key) => ({ key, decode: compile(props[key] as t.Any), optional }));

/**
 * An intersection of `t.type` and `t.partial` parts with distinct keys (event metadata) is one
 * interface: io-ts merges the parts' results into `{ ...u, decoded members }`, which is what
 * the single decoder builds, without a result per part.
 */
const intersectionOfInterfaces = (types: readonly t.Any[]): Member[] | undefined => {
  const members: Member[] = [];
  const seen = new Set<string>();
  for (const part of types) {
    const s = part as unknown as Structure;
    if (s._tag !== "InterfaceType" && s._tag !== "PartialType") return undefined;
    if (registered.has(part as t.Decoder<unknown, unknown>)) return undefined;
    for (const m of membersOf(s.props as Record<string, t.Any>, s._tag === "PartialType")) {
      if (seen.has(m.key)) return undefined;
      seen.add(m.key);
      members.push(m);
    }
  }
  return members;
};

const compileStructure = (codec: t.Any): Compiled => {
  const s = codec as unknown as Structure;
  switch (s._tag) {
    case "StringType":
      return (u) => (typeof u === "string" ? u : FAIL);
    case "NumberType":
      return (u) => (typeof u === "number" ? u : FAIL);
    case "BooleanType":
      return (u) => (typeof u === "boolean" ? u : FAIL);
    case "NullType":
      return (u) => (u === null ? u : FAIL);
    case "UnknownType":
      return (u) => u;
    case "AnyDictionaryType":
      return (u) => (isRecord(u) ? u : FAIL);
    case "LiteralType": {
      const value = s.value;
      return (u) => (u === value ? u : FAIL);
    }
    case "KeyofType": {
      const keys = s.keys as Record<string, unknown>;
      // Comparing a freshly parsed string with a few constants beats hashing it for a lookup.
      const few = Object.getOwnPropertyNames(keys);
      if (few.length <= 16) return (u) => (typeof u === "string" && few.includes(u) ? u : FAIL);
      return (u) => (typeof u === "string" && hasOwn.call(keys, u) ? u : FAIL);
    }
    case "RefinementType": {
      const inner = compile(s.type as t.Any);
      const predicate = s.predicate as (a: unknown) => boolean;
      return (u) => {
        const a = inner(u);
        return a !== FAIL && predicate(a) ? a : FAIL;
      };
    }
    case "ArrayType": {
      const item = compile(s.type as t.Any);
      return (u) => {
        if (!Array.isArray(u)) return FAIL;
        let as: unknown[] = u;
        for (let i = 0; i < u.length; i++) {
          const ui = u[i];
          const ai = item(ui);
          if (ai === FAIL) return FAIL;
          if (ai !== ui) {
            if (as === u) as = u.slice();
            as[i] = ai;
          }
        }
        return as;
      };
    }
    case "UnknownRecordType":
      return (u) => (isRecord(u) ? u : FAIL);
    case "DictionaryType": {
      // Only string keys (the records of this codebase): io-ts then keeps every key as it is.
      if ((s.domain as unknown as Structure | undefined)?._tag !== "StringType") break;
      const value = compile(s.codomain as t.Any);
      return (u) => {
        if (!isRecord(u)) return FAIL;
        let a = u;
        for (const k of Object.keys(u)) {
          const uk = u[k];
          const ak = value(uk);
          if (ak === FAIL) return FAIL;
          if (ak !== uk) {
            if (a === u) a = { ...u };
            a[k] = ak;
          }
        }
        return a;
      };
    }
    case "InterfaceType":
      return interfaceOf(membersOf(s.props as Record<string, t.Any>, false));
    case "PartialType":
      return interfaceOf(membersOf(s.props as Record<string, t.Any>, true));
    case "IntersectionType": {
      const members = intersectionOfInterfaces(s.types as t.Any[]);
      if (members !== undefined) return interfaceOf(members);
      const parts = (s.types as t.Any[]).map(compile);
      return (u) => {
        const us: unknown[] = [];
        for (const part of parts) {
          const a = part(u);
          if (a === FAIL) return FAIL;
          us.push(a);
        }
        return mergeAll(u, us);
      };
    }
  }
  // Unions (tagged ones pick by tag, untagged ones the first branch that succeeds), other
  // records and custom types: the codec decides; its errors are only built when the input is invalid.
  return (u) => {
    const r = codec.validate(u, ROOT);
    return E.isRight(r) ? r.right : FAIL;
  };
};

const compileUnion = (codec: t.Any): Compiled | undefined => {
  const s = codec as unknown as Structure;
  if (s._tag !== "UnionType") return undefined;
  // A tagged union validates only the branch its tag selects, so trying branches in order is
  // equivalent only when no two branches accept the same input; unions here are `X | null`.
  const branches = (s.types as t.Any[]).map(compile);
  const nullable = (s.types as t.Any[]).some((b) => (b as unknown as Structure)._tag === "NullType");
  if (!nullable || branches.length !== 2) return undefined;
  return (u) => {
    for (const b of branches) {
      const a = b(u);
      if (a !== FAIL) return a;
    }
    return FAIL;
  };
};

const compile = (codec: t.Any): Compiled => {
  const compiled = compiledBy[interfaceDecoders];
  const known = compiled.get(codec);
  if (known !== undefined) return known;
  const own = registered.get(codec);
  let decoder: Compiled;
  if (own !== undefined) {
    const { fast, validate } = own;
    decoder = (u) => {
      const a = fast(u);
      if (a !== undefined) return a;
      const r = validate(u, ROOT);
      return E.isRight(r) ? r.right : FAIL;
    };
  } else {
    decoder = compileUnion(codec) ?? compileStructure(codec);
  }
  compiled.set(codec, decoder);
  return decoder;
};

/**
 * A fast decoder derived from the codec's own structure (`t.type`, `t.partial`, `t.array`,
 * refinements, literals, keyofs, intersections, `X | null`), using registered fast paths
 * for the leaves and the codec itself for anything else. Same result as `codec.decode` on
 * valid input, `undefined` on invalid input (then decode with the codec for the errors).
 */
export const fastDecoderOf = <A>(codec: t.Decoder<unknown, A>): FastDecode<A> => {
  const decoder = compile(codec as unknown as t.Any);
  return (u) => {
    const a = decoder(u);
    return a === FAIL ? undefined : (a as A);
  };
};
