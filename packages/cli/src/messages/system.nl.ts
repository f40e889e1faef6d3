import type { SystemMessages } from "./system.en";

/** Dutch, the default: the same keys as `system.en.ts`. */
export const systemNl: SystemMessages = {
  fileSystemReasons: {
    ENOENT: "bestand of map bestaat niet (bestaat de map?)",
    EISDIR: "het is een map, geen bestand",
    ENOTDIR: "een deel van het pad is een bestand, geen map",
    EEXIST: "het bestaat al",
    ENOSPC: "geen ruimte meer op de schijf",
    EACCES: "geen toestemming",
    EPERM: "handeling niet toegestaan",
    EROFS: "alleen-lezen bestandssysteem",
    ENAMETOOLONG: "de naam is te lang",
  },
  fileSystem: (syscall, path, reason, code) =>
    `kan ${path} niet ${syscall === "mkdir" ? "als map aanmaken" : syscall === "open" ? "openen" : "gebruiken"}: ${reason} (${code})`,
  internalError: (id, message) => `interne fout ${id}: ${message}`,
  reportIt: (id) =>
    `  Dit is een fout in grant-ledger, niet in uw invoer; meld hem graag met het kenmerk ${id}.`,
  stackHint: (env) => `  Start met ${env}=1 om de stack te tonen.`,
};
