import type * as t from "io-ts";

/** One leaf of a codec: where it sits (`data.realised[].quantity.amount`) and which codec it is. */
export interface Leaf {
  readonly path: string;
  readonly field: string;
  readonly codec: string;
  /** io-ts's tag of the leaf (`StringType`, `KeyofType`, …); undefined for a hand-written codec. */
  readonly tag: string | undefined;
}

type Node = t.Any & {
  _tag?: string;
  props?: Record<string, Node>;
  types?: readonly Node[];
  type?: Node;
};

/**
 * Every leaf of a codec, through objects, partials, intersections, unions, arrays and
 * refinements. A refinement whose name is not that of the codec it refines (`Remark`,
 * `FrameworkId`) is a leaf of its own: its name says what bounds it.
 */
export const leavesOf = (codec: t.Any, path = "", field = ""): Leaf[] => {
  const node = codec as Node;
  switch (node._tag) {
    case "InterfaceType":
    case "PartialType":
    case "StrictType":
      return Object.entries(node.props ?? {}).flatMap(([k, v]) =>
        leavesOf(v, path === "" ? k : `${path}.${k}`, k),
      );
    case "IntersectionType":
    case "UnionType":
      return (node.types ?? []).flatMap((v) => leavesOf(v, path, field));
    case "ArrayType":
    case "ReadonlyArrayType":
    case "ReadonlyType":
    case "ExactType":
      return leavesOf(node.type as Node, `${path}[]`, field);
    case "RefinementType": {
      const inner = node.type as Node;
      const refinesObject =
        inner._tag !== undefined && inner._tag !== "StringType" && inner._tag !== "NumberType";
      if (refinesObject && inner._tag !== "RefinementType") return leavesOf(inner, path, field);
      return [{ path, field, codec: node.name, tag: node._tag }];
    }
    default:
      return [{ path, field, codec: node.name, tag: node._tag }];
  }
};
