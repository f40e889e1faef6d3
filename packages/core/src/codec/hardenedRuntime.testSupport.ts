// Run by hardenedRuntime.test.ts under --disallow-code-generation-from-strings.
import { decodeEvent, encodeEvent } from "../events/serialisation";
import { exampleSignedEvents } from "../testing";

const stored = exampleSignedEvents().map((e) => JSON.parse(JSON.stringify(encodeEvent(e))) as unknown);
const decoded = stored.map(decodeEvent);
const broken = decodeEvent({ ...(stored[0] as object), metadata: { actor: {} } });
process.stdout.write(
  JSON.stringify({
    decoded: decoded.filter((r) => r._tag === "Right").length,
    of: stored.length,
    brokenRefused: broken._tag === "Left",
  }),
);
