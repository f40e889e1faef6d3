import { describe, expect, it } from "vitest";
import { clientFromConnectionString, isEventStoreDbUrl } from "./connection";

describe("EventStoreDB connection strings", () => {
  it("recognises single-node, node-list and discovery URLs", () => {
    expect(isEventStoreDbUrl("esdb://localhost:2113?tls=false")).toBe(true);
    expect(isEventStoreDbUrl("esdb://a:2113,b:2113,c:2113?tls=true")).toBe(true);
    expect(isEventStoreDbUrl("esdb+discover://cluster.example.org:2113")).toBe(true);
    expect(isEventStoreDbUrl("sqlite:./data/x.db")).toBe(false);
    expect(isEventStoreDbUrl("http://localhost:2113")).toBe(false);
  });

  it("builds clients for cluster and TLS settings without connecting", async () => {
    for (const url of [
      "esdb+discover://admin:changeit@cluster.example.org:2113?nodePreference=leader",
      "esdb://a:2113,b:2113?tls=true&defaultDeadline=5000",
      "esdb://localhost:2113?tls=false",
    ]) {
      const client = clientFromConnectionString(url);
      expect(client.connectionName).toEqual(expect.any(String));
      await client.dispose();
    }
  });

  it("refuses other URLs and says which forms it takes", () => {
    expect(() => clientFromConnectionString("sqlite:./x.db")).toThrow(/esdb:\/\/host:port.*esdb\+discover/);
  });

  it("reports a missing CA file named in the connection string", () => {
    expect(() =>
      clientFromConnectionString("esdb://localhost:2113?tls=true&tlsCAFile=/nonexistent/ca.crt"),
    ).toThrow(/certificate file/i);
  });
});
