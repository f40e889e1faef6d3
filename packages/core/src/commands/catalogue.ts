import * as E from "fp-ts/Either";
import type * as t from "io-ts";
import { catalogueOf } from "../codec/catalogue";
import { type DecodeProblem, decodeProblems } from "../codec/decodeError";
import { fastDecoderOf } from "../codec/fastPath";
import { type JsonObject, plainJson } from "../codec/json";
import {
  ApproveBudgetReallocation,
  DecideGrant,
  RecordBudget,
  RecordContributions,
  RejectBudgetReallocation,
  ReportCosts,
  RequestBudgetReallocation,
} from "./funding";
import {
  AmendAgreement,
  CloseAgreement,
  NegotiateAgreement,
  ProposeAgreement,
  SignAgreement,
} from "./lifecycle";
import { DescribeProducts } from "./products";
import { ApproveReallocation, RejectReallocation, RequestReallocation } from "./reallocation";
import { ReportResult } from "./reportResult";
import { RecordResultsFramework, ReportResultsMeasurement } from "./resultsFramework";

const catalogue = catalogueOf(
  "Command",
  ProposeAgreement,
  NegotiateAgreement,
  SignAgreement,
  RequestReallocation,
  ApproveReallocation,
  RejectReallocation,
  ReportResult,
  AmendAgreement,
  CloseAgreement,
  DecideGrant,
  RecordBudget,
  RecordContributions,
  ReportCosts,
  RequestBudgetReallocation,
  ApproveBudgetReallocation,
  RejectBudgetReallocation,
  DescribeProducts,
  RecordResultsFramework,
  ReportResultsMeasurement,
);

export const commandCodecs = catalogue.byType;

export type CommandType = keyof typeof commandCodecs;
export const COMMAND_TYPES = Object.keys(commandCodecs) as CommandType[];

export const Command = catalogue.union;
export type Command = t.TypeOf<typeof Command>;

export interface EncodedCommand {
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export const encodeCommand = (command: Command): EncodedCommand => {
  const codec = commandCodecs[command.type] as unknown as t.Type<
    Command,
    { data: unknown; metadata: unknown }
  >;
  const encoded = codec.encode(command);
  return {
    type: command.type,
    data: plainJson(encoded.data) as JsonObject,
    metadata: plainJson(encoded.metadata) as JsonObject,
  };
};

// Derived from the codecs (same result on valid input); on anything else the codec decodes for its errors.
const fastDecoders = new Map(
  COMMAND_TYPES.map((type) => [type, fastDecoderOf(commandCodecs[type] as unknown as t.Type<Command>)]),
);

/** Decodes a command by its `type`, so problems name the fields of that command only. */
export const decodeCommand = (raw: unknown): E.Either<DecodeProblem[], Command> => {
  const type = typeof raw === "object" && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== "string" || !Object.hasOwn(commandCodecs, type)) {
    return E.left([
      {
        path: "type",
        expected: COMMAND_TYPES.join(" | "),
        found: type,
        message: `at type: unknown command type ${JSON.stringify(type)}, expected one of ${COMMAND_TYPES.join(", ")}`,
      },
    ]);
  }
  const fast = fastDecoders.get(type as CommandType)?.(raw);
  if (fast !== undefined) return E.right(fast);
  return E.mapLeft(decodeProblems)(
    (commandCodecs[type as CommandType] as unknown as t.Type<Command>).decode(raw),
  );
};
