import {
  type EventStore,
  type Projection,
  type ProjectionProgress,
  createInMemoryProjectionCheckpoints,
  createProjectionRunner,
  projectionCheckpointsOf,
  storeSummaryProjection,
} from "@grant-ledger/event-store";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

// biome-ignore lint/suspicious/noExplicitAny: a registry of projections of different state types
type AnyProjection = Projection<any>;

/** Projections `rebuild` knows by name. */
export const PROJECTIONS: readonly AnyProjection[] = [storeSummaryProjection];

interface ProgressDisplay {
  readonly update: (progress: ProjectionProgress) => void;
  readonly done: () => void;
}

/** A bar on a terminal; elsewhere (CI logs, pipes) a plain line about every tenth of the way. */
const progressDisplay = (io: CommandIo, name: string, m: Messages): ProgressDisplay => {
  if (io.isTTY) {
    const bar = new SingleBar({
      format: m.rebuild.bar(name),
      hideCursor: true,
      clearOnComplete: false,
      stream: io.terminal ?? process.stderr,
    });
    let started = false;
    return {
      update: (p) => {
        if (!started) {
          bar.start(p.total ?? 0, p.processed);
          started = true;
        } else bar.update(p.processed);
      },
      done: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update: (p) => {
      const tenth = p.total === undefined || p.total === 0 ? -1 : Math.floor((p.processed * 10) / p.total);
      if (p.total !== undefined && tenth === lastTenth && p.processed !== p.total) return;
      lastTenth = tenth;
      io.err(m.rebuild.progress(name, p.processed, p.total));
    },
    done: () => undefined,
  };
};

export interface RebuildOptions {
  readonly projection?: string;
  readonly projections?: readonly AnyProjection[];
  /** Events between progress reports (default 1,000). */
  readonly progressEvery?: number;
  readonly lang?: Lang;
}

/** Rebuilds one projection (or all) from the first event, saving state and checkpoint together. */
export const runRebuild = async (
  store: EventStore,
  options: RebuildOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const known = options.projections ?? PROJECTIONS;
  const chosen =
    options.projection === undefined ? known : known.filter((p) => p.name === options.projection);
  if (chosen.length === 0) {
    io.err(
      m.rebuild.unknownProjection(
        options.projection ?? "",
        known.map((p) => p.name),
      ),
    );
    return EXIT.usage;
  }
  const stored = projectionCheckpointsOf(store);
  if (stored === undefined) io.err(m.rebuild.noCheckpoints);
  const checkpoints = stored ?? createInMemoryProjectionCheckpoints();
  for (const projection of chosen) {
    const display = progressDisplay(io, projection.name, m);
    const runner = createProjectionRunner({
      store,
      checkpoints,
      projection,
      progressEvery: options.progressEvery ?? 1_000,
    });
    const run = await runner.rebuild({ onProgress: display.update });
    display.done();
    io.out(m.rebuild.rebuilt(projection.name, run.processed, run.position));
    io.out(JSON.stringify(projection.stateCodec.encode(run.state), null, 2));
  }
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "rebuild");
  program
    .command("rebuild")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--projection <name>", h.options["--projection"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string; projection?: string; lang: Lang }) =>
      done(
        await usingStore(
          options.store,
          open,
          io,
          (store) => runRebuild(store, options, io),
          "existing",
          messagesOf(options.lang),
        ),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger rebuild ...` in-process, with a store opener. */
export const rebuildCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["rebuild", ...argv], io);
