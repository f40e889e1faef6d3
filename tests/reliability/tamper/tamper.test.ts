import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeSeed, seededRandom } from "../support/random";
import { breather, probeSize } from "../support/size";
import { catalogue } from "./catalogue";
import { type Trial, runTrial } from "./detect";
import { type SeededStore, seedStore } from "./seedStore";

const size = probeSize({
  small: { streams: 4, eventsPerStream: 10, rounds: 1, budgetMs: 60_000 },
  // 328 events, like the store of the outside probe that found the holes (326).
  full: { streams: 8, eventsPerStream: 41, rounds: 25, budgetMs: 240_000 },
});

describe("R4 tampering: every mutation of the catalogue is detected", () => {
  const dir = mkdtempSync(join(tmpdir(), "gl-r4-"));
  let seed: SeededStore;
  beforeAll(async () => {
    seed = await seedStore(dir, size);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`by verify, or by a kept signed checkpoint where only it can see it (${catalogue.length} kinds)`, async () => {
    const random = seededRandom(probeSeed());
    const trials = new Map<string, Trial[]>(catalogue.map((m) => [m.kind, []]));
    const started = Date.now();
    let rounds = 0;
    // Whole rounds over the catalogue, so every kind runs as often as the others.
    while (rounds < size.rounds && (rounds === 0 || Date.now() - started < size.budgetMs)) {
      for (const mutation of catalogue) {
        const trial = await runTrial(seed, mutation, random, join(dir, "trial.db")).catch((e: Error) => {
          throw new Error(`${mutation.kind} (seed ${random.seed}): ${e.message}`);
        });
        trials.get(mutation.kind)!.push(trial);
        await breather();
      }
      rounds++;
    }
    const lines = catalogue.map((m) => {
      const t = trials.get(m.kind)!;
      const count = (f: (x: Trial) => boolean) => t.filter(f).length;
      const problems = [...new Set(t.map((x) => x.problem ?? "none"))].join(",");
      const rate = (100 * count((x) => x.detected)) / t.length;
      return {
        kind: m.kind,
        rate,
        line: `R4 ${rate.toFixed(1).padStart(5)}%  ${String(count((x) => x.detected)).padStart(3)}/${t.length}  verify ${count((x) => x.verifySaw)} stream ${count((x) => x.streamSaw)} checkpoint ${count((x) => x.checkpointSaw)}  [${m.seenBy}; first break: ${problems}]  ${m.kind}`,
      };
    });
    const total = [...trials.values()].flat();
    console.log(
      [
        `R4 tampering: ${seed.events} events in ${seed.streams.length} streams, ${catalogue.length} kinds, ${rounds} rounds, seed ${random.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        ...lines.map((l) => l.line),
        `R4 total: ${total.filter((t) => t.detected).length}/${total.length} detected`,
      ].join("\n"),
    );
    expect(lines.filter((l) => l.rate < 100).map((l) => l.line)).toEqual([]);
  });
});
