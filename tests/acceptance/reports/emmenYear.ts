import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createAgreements } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import { importAgreement } from "@grant-ledger/importer";
import * as E from "fp-ts/Either";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const EMMEN = "emmen-sedna-2007";

const provider = { organisationId: "sedna", role: "provider", person: "G.L. Jonker" };
const municipality = { organisationId: "gm0114", role: "municipality", person: "M. Thalens-Kolker" };
const metadata = (actor: typeof provider, reason?: string) => ({
  actor,
  commandId: randomUUID(),
  occurredAt: new Date().toISOString(),
  ...(reason === undefined ? {} : { reason }),
});
const shift = (from: string, to: string, hours: string) => {
  const [fra, fwt, fd] = from.split("/");
  const [tra, twt, td] = to.split("/");
  return {
    from: { resultArea: fra, workType: fwt, district: fd },
    to: { resultArea: tra, workType: twt, district: td },
    quantity: { kind: "hours", amount: hours },
  };
};
const request = (requestId: string, from: string, to: string, hours: string, reason: string) => ({
  type: "RequestReallocation",
  data: { agreementId: EMMEN, requestId, shifts: [shift(from, to, hours)], reason },
  metadata: metadata(provider, reason),
});
const decide = (type: "ApproveReallocation" | "RejectReallocation", requestId: string, reason: string) => ({
  type,
  data: { agreementId: EMMEN, requestId, reason },
  metadata: metadata(municipality, reason),
});

/**
 * The 2007 Emmen agreement imported from the fixtures through the importer, then a scripted
 * year: a small shift applied at once (r-1, 40 h 6/OBW/Stad → 6/JW/Stad), one across result
 * areas approved (r-2, 60 h 3/OBW/Blokken → 2/JW/Blokken), one rejected (r-3, 300 h
 * 6/SCW/Blokken → 2/SCW/Blokken), and the H1 report of two cells.
 */
export const emmenYear = async (store: EventStore): Promise<void> => {
  const agreements = createAgreements({ store });
  const imported = await importAgreement(fixture("emmen-2007/manifest.json"), agreements, {
    signatures: fixture("emmen-2007/signatures.json"),
  });
  if (E.isLeft(imported)) throw new Error(`import failed: ${imported.left._tag}`);
  const commands = [
    request("r-1", "6/OBW/Stad", "6/JW/Stad", "40", "jongerenwerk Stad heeft na de zomer meer uren nodig"),
    request(
      "r-2",
      "3/OBW/Blokken",
      "2/JW/Blokken",
      "60",
      "informatiepunt Blokken onderbenut; wachtlijst jeugd",
    ),
    decide("ApproveReallocation", "r-2", "past in de beleidsdoelen 2007"),
    request("r-3", "6/SCW/Blokken", "2/SCW/Blokken", "300", "=jeugdwerk Blokken uitbreiden"),
    decide("RejectReallocation", "r-3", "te grote verschuiving binnen het jaar"),
    {
      type: "ReportResult",
      data: {
        agreementId: EMMEN,
        period: "2007-H1",
        realised: [
          {
            position: { resultArea: "6", workType: "JW", district: "Stad" },
            quantity: { kind: "hours", amount: "1010" },
          },
          {
            position: { resultArea: "2", workType: "JW", district: "Blokken" },
            quantity: { kind: "hours", amount: "387.5" },
          },
        ],
        reach: [],
        remarks: "eerste halfjaar 2007, uit de urenregistratie van de aanbieder",
      },
      metadata: metadata(provider),
    },
  ];
  for (const c of commands) {
    const handled = await agreements.handle(c);
    if (E.isLeft(handled)) throw new Error(`${c.type} refused: ${JSON.stringify(handled.left)}`);
  }
};
