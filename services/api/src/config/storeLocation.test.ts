import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { ConfigurationError, openServiceStore } from "../server/openServiceStore";
import { StoreUrl, describeStore } from "./storeLocation";

describe("STORE_URL", () => {
  it("names a SQLite file, a memory store or an EventStoreDB node, node list or cluster", () => {
    expect(StoreUrl.decode("sqlite:./data/x.db")).toEqual(E.right({ kind: "sqlite", file: "./data/x.db" }));
    expect(StoreUrl.decode("memory:")).toEqual(E.right({ kind: "memory" }));
    for (const url of [
      "esdb://localhost:2113?tls=false",
      "esdb://node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=ca.crt&nodePreference=leader",
      "esdb+discover://admin:changeit@cluster.example.org:2113?tlsCAFile=ca.crt",
    ])
      expect(StoreUrl.decode(url)).toEqual(E.right({ kind: "eventstoredb", connectionString: url }));
  });

  it("refuses anything else", () => {
    for (const url of [
      "sqlite:",
      "memory",
      "esdb://",
      "esdb:/localhost",
      "esdb+discover://",
      "postgres://x",
      3,
    ])
      expect(E.isLeft(StoreUrl.decode(url)), String(url)).toBe(true);
  });

  it("is shown without an EventStoreDB user name and password", () => {
    const at = StoreUrl.decode("esdb+discover://admin:changeit@cluster.example.org:2113?tls=true");
    expect(E.isRight(at) && describeStore(at.right)).toBe(
      "esdb+discover://cluster.example.org:2113?tls=true",
    );
    expect(describeStore({ kind: "sqlite", file: "./x.db" })).toBe("sqlite:./x.db");
  });

  it("stops with the EventStoreDB client's own words for a setting it cannot parse", async () => {
    const opening = openServiceStore({
      kind: "eventstoredb",
      connectionString: "esdb://localhost:2113?tls=maybe",
    });
    await expect(opening).rejects.toBeInstanceOf(ConfigurationError);
    await expect(opening).rejects.toThrow(
      'configuration: STORE_URL is not a connection string EventStoreDB accepts: Unexpected "maybe" at position 26, expected true or false.',
    );
  });
});
