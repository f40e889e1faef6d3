import { readFileSync } from "node:fs";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "./app/createApp";
import { PROBLEM_TYPES } from "./problems/catalogue";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const { routes } = createApp({
  store: createInMemoryEventStore(),
  auth: { verify: async () => E.left({ reason: "" }) },
  logger: pino({ level: "silent" }),
});

describe("the README", () => {
  it.each(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`))("documents %s", (endpoint) => {
    expect(readme).toContain(`| \`${endpoint}\``);
  });
  it.each(Object.entries(PROBLEM_TYPES))("lists the problem %s with its status", (name, p) => {
    expect(readme).toContain(`| \`${name}\` | ${p.status} |`);
  });
});
