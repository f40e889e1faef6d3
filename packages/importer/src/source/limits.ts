/**
 * What the importer is willing to read. Real agreement tables are a few kilobytes; the limits
 * keep a wrong path (a log file, a device, a FIFO) or a hostile document from costing minutes
 * and gigabytes before anything is reported.
 */
export interface ReadLimits {
  /**
   * Tables must lie under this folder after symlinks are resolved (realpath). Default: the
   * manifest's folder. `--tables-under /` allows any path, explicitly.
   */
  readonly tablesUnder?: string | undefined;
  /** Largest table file, in bytes (default {@link DEFAULT_MAX_TABLE_BYTES}). */
  readonly maxTableBytes?: number | undefined;
}

/** 1 MiB: sixty times the largest table in the fixtures (17 KB), read in about 5 s (docs/benchmarks.md). */
export const DEFAULT_MAX_TABLE_BYTES = 1024 * 1024;
/** A manifest lists files; 1 MiB is far beyond any real one. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** A manifest nests 4 levels deep; JSON deeper than this is refused before it is decoded. */
export const MAX_JSON_DEPTH = 32;
/** Two signatories. */
export const MAX_SIGNATURES_BYTES = 64 * 1024;
