import { createAgreements } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "./people";
import { seedDemoYear } from "./seedDemoYear";

describe("the demo year", () => {
  it("imports, reallocates twice (the second approved) and reports 2007-H1, every command accepted", async () => {
    const agreements = createAgreements({ store: createInMemoryEventStore() });
    const done = await seedDemoYear(agreements);
    expect(done).toEqual([
      expect.stringMatching(/^imported and signed emmen-sedna-2007/),
      "reallocation demo-1 (40 hours from 6/OBW/Stad to 6/JW/Stad): allowed",
      "reallocation demo-2 (60 hours from 3/OBW/Blokken to 2/JW/Blokken): needs-approval",
      "demo-2 approved by the alderman",
      "2007-H1 result report recorded",
    ]);
    const loaded = await agreements.load(DEMO_AGREEMENT);
    expect(loaded._tag === "Right" && loaded.right?.state.status).toBe("signed");
  });
});
