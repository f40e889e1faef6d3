/** The measured runs. Every run starts on freshly seeded agreements of its own store. */
import type { EventStore } from "@grant-ledger/event-store";
import { longCommand } from "./longStream";
import { measured } from "./profile";
import type { Result } from "./report";
import type { System } from "./systems";
import { commandsOf } from "./workload";

const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split("\n")[0];

/**
 * `clients` concurrent loops take agreements `0..agreements - 1` one at a time and send each
 * its request and its approval. A failed command is counted (Emmett as shipped fails under
 * concurrency), and the agreement's remaining command is skipped. After `budgetMs` the
 * clients take no new agreement (a run that fails slowly would otherwise take minutes).
 */
export const runCommands = async (
  workload: string,
  system: System,
  source: EventStore,
  agreements: number,
  clients: number,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<Result> => {
  await system.seed(source, 0, agreements);
  await system.prepare(0, agreements);
  const work = Array.from({ length: agreements }, (_, n) => commandsOf(n));
  let next = 0;
  let handled = 0;
  let failed = 0;
  let firstError: string | undefined;
  const deadline = Date.now() + budgetMs;
  const run = () =>
    Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < agreements && Date.now() < deadline) {
          const n = next++;
          for (const command of work[n]!) {
            try {
              await system.handle(n, command);
              handled++;
            } catch (error) {
              failed++;
              firstError ??= firstLine(error);
              break;
            }
          }
        }
      }),
    ).then(() => handled);
  const time = await measured(`${workload} ${system.label}`, run);
  return { workload, system: system.label, unit: "commands", failed, firstError, ...time };
};

/** Folds agreements `from..to - 1`, one after another. */
export const runReplay = async (
  workload: string,
  system: System,
  source: EventStore,
  from: number,
  to: number,
): Promise<Result> => {
  await system.seed(source, from, to, 500);
  const time = await measured(`${workload} ${system.label}`, async () => {
    let events = 0;
    for (let n = from; n < to; n++) events += await system.replay(n);
    return events;
  });
  return { workload, system: system.label, unit: "events", failed: 0, ...time };
};

/** `commands` requests, one after another, on the long agreement `n`. */
export const runLongStream = async (
  workload: string,
  system: System,
  source: EventStore,
  n: number,
  options: { readonly commands: number; readonly occurredAt: string },
): Promise<Result> => {
  await system.seed(source, n, n + 1, 500);
  await system.prepare(n, n + 1);
  const label = system.label.replace(/[^a-z]+/gi, "-");
  const time = await measured(`${workload} ${system.label}`, async () => {
    for (let k = 0; k < options.commands; k++) {
      await system.handle(n, longCommand(n, k, options.occurredAt, label));
    }
    return options.commands;
  });
  return { workload, system: system.label, unit: "commands", failed: 0, ...time };
};
