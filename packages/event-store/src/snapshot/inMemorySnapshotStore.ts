import type { SnapshotKey, SnapshotStore, StoredSnapshot } from "./snapshotStore";

/** Snapshots of an in-memory store: per stream, ordered by revision; the key index a map. */
export const createInMemorySnapshotStore = (): SnapshotStore => {
  const snapshots = new Map<string, StoredSnapshot[]>();
  const keys = new Map<string, Map<string, bigint>>();
  const keyMap = (streamId: string, kind: string) => {
    const id = JSON.stringify([streamId, kind]);
    let map = keys.get(id);
    if (map === undefined) {
      map = new Map();
      keys.set(id, map);
    }
    return map;
  };

  return {
    latest: async (streamId, options = {}) => {
      const list = snapshots.get(streamId) ?? [];
      const { atOrBefore } = options;
      for (let i = list.length - 1; i >= 0; i--) {
        const s = list[i]!;
        if (atOrBefore === undefined || s.revision <= atOrBefore) return structuredClone(s);
      }
      return undefined;
    },
    save: async (snapshot: StoredSnapshot, found: readonly SnapshotKey[]) => {
      const list = (snapshots.get(snapshot.streamId) ?? []).filter((s) => s.revision !== snapshot.revision);
      list.push(structuredClone(snapshot));
      list.sort((a, b) => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0));
      snapshots.set(snapshot.streamId, list);
      for (const k of found) {
        const map = keyMap(snapshot.streamId, k.kind);
        if (!map.has(k.key)) map.set(k.key, k.revision);
      }
    },
    findKeys: async (streamId, kind, wanted) => {
      const map = keyMap(streamId, kind);
      const out = new Map<string, bigint>();
      for (const key of wanted) {
        const revision = map.get(key);
        if (revision !== undefined) out.set(key, revision);
      }
      return out;
    },
  };
};
