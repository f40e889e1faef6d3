import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../../events/catalogue";
import {
  actors,
  describeProducts,
  exampleSignedEvents,
  given,
  hours,
  product,
  proposeExample,
  run,
  signBy,
} from "../../testing";
import { agreementDecider } from "../decider";

// The example's row 6/OBW holds 30 h in Velden and 1323 h in Stad; its offer is the same cells.
const proposed = (): DomainEvent[] => run([proposeExample()]).events;
const intake = product("6/OBW", "Intake", { "6/OBW/Velden": hours(30), "6/OBW/Stad": hours(1000) });
const groups = product("6/OBW", "Groepswerk", { "6/OBW/Stad": hours(323) });

describe("products within a work type", () => {
  it("are recorded when they break the row's cells down exactly, and replace the list before", () => {
    const first = run([describeProducts([intake, groups])], proposed());
    expect(first.state.products.map((p) => p.name)).toEqual(["Intake", "Groepswerk"]);
    given(agreementDecider, first.events)
      .when(
        describeProducts([
          product("6/OBW", "Alles", { "6/OBW/Velden": hours(30), "6/OBW/Stad": hours(1323) }),
        ]),
      )
      .thenState((s) => s.products.length === 1 && s.products[0]?.name === "Alles");
  });

  it("refuse products that do not add up to a cell, naming the cell and both sums", () => {
    const e = given(agreementDecider, proposed())
      .when(describeProducts([intake, product("6/OBW", "Groepswerk", { "6/OBW/Stad": hours(300) })]))
      .thenFails("ProductsDoNotAddUp");
    expect(e).toMatchObject({ position: "6/OBW/Stad", kind: "hours", products: "1300", matrix: "1323" });
  });

  it("refuse a row only partly described: a cell no product names holds units no product is for", () => {
    const e = given(agreementDecider, proposed())
      .when(describeProducts([product("6/OBW", "Intake", { "6/OBW/Velden": hours(30) })]))
      .thenFails("ProductsDoNotAddUp");
    expect(e).toMatchObject({ position: "6/OBW/Stad", products: "0", matrix: "1323" });
  });

  it("refuse units at a cell the contract does not have", () => {
    const e = given(agreementDecider, proposed())
      .when(describeProducts([intake, groups, product("6/OBW", "Buurt", { "6/OBW/Monden": hours(5) })]))
      .thenFails("ProductsDoNotAddUp");
    expect(e).toMatchObject({ position: "6/OBW/Monden", matrix: null });
  });

  it("check the offers against the row's offer when every product gives one", () => {
    const withOffers = (a: number, b: number) => [
      { ...intake, offer: hours(a) },
      { ...groups, offer: hours(b) },
    ];
    given(agreementDecider, proposed())
      .when(describeProducts(withOffers(1000, 353)))
      .thenEvents((es) => es.length === 1);
    const e = given(agreementDecider, proposed())
      .when(describeProducts(withOffers(1000, 350)))
      .thenFails("ProductsDoNotAddUp");
    expect(e).toMatchObject({ position: "6/OBW/*", products: "1350", matrix: "1353" });
  });

  it("refuse shapes that are not a breakdown: a name twice, units outside the row, a product at a cell", () => {
    for (const products of [
      [intake, groups, product("6/OBW", " intake ", { "6/OBW/Stad": hours(0) })],
      [intake, product("6/OBW", "Groepswerk", { "2/OBW/Stad": hours(323) })],
      [{ ...intake, row: { resultArea: "6", workType: "OBW", district: "Stad" } }],
      [product("6/OBW", "Leeg", {})],
    ])
      given(agreementDecider, proposed()).when(describeProducts(products)).thenFails("InvalidProducts");
  });

  it("are part of the terms: closed at the first signature, need a reason and a party", () => {
    given(agreementDecider, run([proposeExample(), signBy("provider")]).events)
      .when(describeProducts([intake, groups]))
      .thenFails("NegotiationClosed");
    given(agreementDecider, exampleSignedEvents())
      .when(describeProducts([intake, groups]))
      .thenFails("NegotiationClosed");
    given(agreementDecider, proposed())
      .when(describeProducts([intake, groups], actors.director, " "))
      .thenFails("ReasonRequired");
    given(agreementDecider, proposed())
      .when(describeProducts([intake, groups], actors.auditor))
      .thenFails("ActorNotParty");
  });
});
