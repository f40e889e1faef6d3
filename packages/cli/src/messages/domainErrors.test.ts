import { DOMAIN_ERROR_TAGS, type DomainError } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { domainErrorText } from "../format/domainErrors";
import { messagesFor } from "./catalogue";

describe("domain refusals in the catalogues", () => {
  // The tags come from the core's codec of the union, so a new refusal fails here until both
  // languages word it (the compiler says so too: the catalogue's type is a full record).
  it.each(["nl", "en"] as const)("%s words every DomainError tag", (lang) => {
    const words = messagesFor(lang).domainErrors as Readonly<Record<string, unknown>>;
    expect(DOMAIN_ERROR_TAGS.length).toBeGreaterThan(40);
    expect(DOMAIN_ERROR_TAGS.filter((tag) => typeof words[tag] !== "function")).toEqual([]);
    expect(
      Object.keys(words).filter((tag) => !(DOMAIN_ERROR_TAGS as readonly string[]).includes(tag)),
    ).toEqual([]);
  });

  const text = (e: DomainError) => [
    domainErrorText(e, messagesFor("nl")),
    domainErrorText(e, messagesFor("en")),
  ];

  it("words a stale change from its quantities: Dutch numbers and units, no English", () => {
    const stale: DomainError = {
      _tag: "StaleChange",
      message: "round 1 changes 6/OBW/Stad from 1500.5 hours, but it holds nothing",
      position: "6/OBW/Stad",
      stated: "1500.5 hours",
      holds: "nothing",
      statedQuantity: { kind: "hours", amount: "1500.5" },
      heldQuantity: null,
    };
    expect(text(stale)).toEqual([
      "de wijziging van 6/OBW/Stad gaat uit van 1.500,5 uur, maar die positie heeft niets: lees de overeenkomst opnieuw",
      "the change of 6/OBW/Stad starts from 1,500.5 hours, but it holds nothing: read the agreement again",
    ]);
  });

  it("words an invalid product list from its code", () => {
    const products: DomainError = {
      _tag: "InvalidProducts",
      message: 'product "Inloop" of 6/JW is given twice',
      problem: 'product "Inloop" of 6/JW is given twice',
      code: { kind: "product-twice", product: "Inloop", row: "6/JW" },
    };
    expect(text(products)).toEqual([
      'de lijst van producten klopt niet: product "Inloop" van 6/JW staat er twee keer in',
      'the list of products is invalid: product "Inloop" of 6/JW is given twice',
    ]);
  });

  it("words an invalid results framework from its code", () => {
    const framework: DomainError = {
      _tag: "InvalidResultsFramework",
      message: "results framework: service S1 names result R9, which the framework does not hold",
      problem: "service S1 names result R9, which the framework does not hold",
      code: { kind: "unknown-reference", holder: "service", holderId: "S1", level: "result", id: "R9" },
    };
    expect(text(framework)).toEqual([
      "het resultatenkader klopt niet: dienst S1 noemt resultaat R9, dat het kader niet kent",
      "the results framework is invalid: service S1 names result R9, which the framework does not hold",
    ]);
  });
});
