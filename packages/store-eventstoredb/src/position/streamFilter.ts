/** Streams that belong to the project: only their events get global positions. */
export interface ProjectStreams {
  readonly prefixes: readonly string[];
  readonly includes: (streamId: string) => boolean;
}

export const DEFAULT_STREAM_PREFIXES: readonly string[] = ["agreement-"];

export const projectStreams = (prefixes: readonly string[] = DEFAULT_STREAM_PREFIXES): ProjectStreams => {
  if (prefixes.length === 0) throw new Error("at least one project stream prefix is needed");
  for (const prefix of prefixes) {
    if (prefix.length === 0 || prefix.startsWith("$")) {
      throw new Error(`stream prefix ${JSON.stringify(prefix)} is empty or names system streams`);
    }
  }
  return { prefixes, includes: (streamId) => prefixes.some((prefix) => streamId.startsWith(prefix)) };
};
