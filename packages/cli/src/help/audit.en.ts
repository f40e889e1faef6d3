import { storeUrlForms } from "../store/storeAccess";
import { SHARED_OPTIONS as o } from "./shared.en";

/** The English `--help` of the audit commands (chain, checkpoints, tree heads, proofs, bundles, reports, tokens, completion); its keys are `AuditHelp`. */
export const auditHelpEn = {
  verify: {
    description: "check the hash chain of one stream or of the whole store; names the first break",
    options: {
      "--store": o["--store"],
      "--stream": "verify only this stream (e.g. agreement-<id>)",
      "--lang": o["--lang"],
    },
    after: `What verify checks: the store's own consistency (SQLite: PRAGMA integrity_check and the
schema), then every event: each stored column readable, its JSON text exactly the canonical
JSON that was hashed (no duplicate key, no whitespace, no rewritten value), the command id
column equal to metadata.commandId, the hash equal to the hash of the stored fields, each
event linked to the one before, revisions (and, for the whole store, global positions)
without gaps. Whole-store and --stream runs check the file the same way.

What verify cannot see on its own: events cut off the end of a stream (or of the store), a
stream edited and its hashes recomputed to its end, a stream deleted with the later global
positions renumbered, and events of different streams swapped in global order leave chains
that are consistent in themselves. Only a signed checkpoint taken earlier catches those:
keep one (grant-ledger checkpoint --key ...) and check it (grant-ledger verify-checkpoint
--store ...) along with verify.

Exit codes: 0 intact, 1 the chain is broken or the file damaged (first break printed),
2 store cannot be opened or does not exist, or --stream names no stream in it (a file damaged
beyond opening is reported as broken, exit 1), 6 store unreachable.`,
  },
  checkpoint: {
    description: "read the whole store and sign its tree head (root and stream heads) with an Ed25519 key",
    options: {
      "--store": o["--store"],
      "--key": o["--key"],
      "--stream": "retired: a tree head covers every stream and commits to each one's head",
      "--origin": o["--origin"],
      "--out": "write the tree head here instead of printing it",
      "--lang": o["--lang"],
    },
    after: `The checkpoint is a signed tree head (docs/tree-heads.md); checkpoints of the old JSON form are still read by verify-checkpoint and turned into tree heads by \`upgrade-checkpoint\`.
Exit codes: 0 signed, 1 nothing to sign, the chain is broken or the tree does not match the events, 2 bad key, --stream, or store without a Merkle tree, 5 --out cannot be written, 6 store unreachable.`,
  },
  "checkpoint keygen": {
    description: "create an Ed25519 key pair: checkpoint-private.pem and checkpoint-public.pem",
    options: {
      "--out-dir": "directory for the two PEM files",
      "--force": "replace existing key files",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 written, 2 key files already exist (without --force), 5 --out-dir cannot be created or written.",
  },
  "upgrade-checkpoint": {
    description: "turn an old JSON checkpoint into a tree head, after checking the store still holds it",
    options: {
      "--checkpoint": "the old checkpoint (grant-ledger-checkpoint/1)",
      "--public-key": "the public key that signed it",
      "--key": "the private key to sign the tree head with",
      "--store": `the store it was taken of: ${storeUrlForms("<file>")} (must exist)`,
      "--origin": o["--origin"],
      "--out": "write the tree head here instead of printing it",
      "--lang": o["--lang"],
    },
    after: `The tree head covers exactly the events the old checkpoint did: all of them up to its position, or up to the stream event it named.
Exit codes: 0 written, 1 the store no longer holds what the old checkpoint signed, 2 unreadable file or key, 5 --out cannot be written.`,
  },
  "verify-checkpoint": {
    description: "check a checkpoint's signature offline; with --store, also that the store still matches it",
    options: {
      "--checkpoint": "tree head written by `checkpoint` (or an old JSON checkpoint)",
      "--public-key": "the signer's Ed25519 public key (PEM)",
      "--store": "also check the store's events still fold to the signed root and stream heads",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 valid, 1 signature invalid, wrong key, or store rewritten/truncated, 2 unreadable file or key.",
  },
  "tree-head": {
    description: "the root of the store's Merkle tree over all events, signed with --key as a tree head",
    options: {
      "--store": o["--store"],
      "--key": o["--key"],
      "--size": "the tree of the first n events instead of all of them",
      "--origin": "the log's name, first line of the tree head (default grant-ledger)",
      "--out": "write the signed tree head here instead of printing it",
      "--lang": o["--lang"],
    },
    after: `The format is described in docs/tree-heads.md.
Exit codes: 0 written, 2 bad key, size beyond the log, or store without a Merkle tree.`,
  },
  prove: {
    description: "prove the event at a global position is in the Merkle tree of a given size",
    options: {
      "--store": o["--store"],
      "--position": "global position of the event (0-based)",
      "--size": "tree size to prove it in (default: the whole store, or the tree head's)",
      "--tree-head": "check the proof against this signed tree head you kept",
      "--public-key": "the signer's Ed25519 public key, for --tree-head",
      "--out": "write the proof (JSON) here instead of printing it",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 included, 1 not included in the tree head (edited, moved or cut off), 2 bad arguments or store.",
  },
  "prove-consistency": {
    description:
      "prove an earlier tree of the log is a prefix of a later one: nothing was rewritten or cut off",
    options: {
      "--store": o["--store"],
      "--from": "the earlier tree size",
      "--to": "the later tree size (default: the whole store)",
      "--since": "the earlier tree head, signed, that you kept (instead of --from)",
      "--tree-head": "the later tree head, signed (instead of --to)",
      "--public-key": "the signer's Ed25519 public key, for --since and --tree-head",
      "--out": "write the proof (JSON) here instead of printing it",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 consistent, 1 not consistent (history rewritten, truncated or forked), 2 bad arguments or store.",
  },
  "audit-bundle": {
    description:
      "write one file an auditor checks offline: an agreement's events, proofs and a signed tree head",
    options: {
      "--store": o["--store"],
      "--agreement": "the agreement whose events go in",
      "--key": "Ed25519 private key that signs the tree head",
      "--since": "a tree head the auditor kept: the bundle proves the new one extends it",
      "--public-key": "the public key, to check --since",
      "--origin": o["--origin"],
      "--out": "where to write the bundle",
      "--lang": o["--lang"],
    },
    after: "Exit codes: 0 written, 1 the store cannot prove it extends --since, 2 bad arguments or store.",
  },
  "verify-bundle": {
    description:
      "check an audit bundle offline, with no store: signatures, hash chain, inclusion and consistency",
    arguments: {
      file: "the bundle written by `audit-bundle`",
    },
    options: {
      "--key": "the signer's Ed25519 public key",
      "--since": "a tree head you kept: the bundle must prove it extends it",
      "--lang": o["--lang"],
    },
    after:
      "Exit codes: 0 valid, 1 the first failure is named (edited, missing, inserted, reordered, cut off, rewritten, forked), 2 unreadable file or key.",
  },
  "verify-report": {
    description:
      "check a report's audit checkpoint against the store's chain and its numbers against a fresh computation",
    arguments: {
      file: "a report written by grant-ledger report (JSON, CSV or HTML)",
    },
    options: {
      "--store": o["--store"],
      "--public-key": "also check the report's Ed25519 signature with this public key",
      "--lang": o["--lang"],
    },
    after:
      "Reads only. Exit codes: 0 intact; 1 the first difference (stamp outside the chain, another hash, a number that differs, a bad signature); 2 usage (unreadable file or key, missing store); 6 the store cannot be reached.",
  },
  token: {
    description: "mint a development bearer token (EdDSA JWT) for the audit service",
    options: {
      "--key": "Ed25519 private key, PKCS#8 PEM (pnpm start writes data/token-private.pem)",
      "--org": "organisation id (gm0114, sedna, ...)",
      "--role": "the organisation's role",
      "--person": "the person acting",
      "--expires": "lifetime: 8h (default), 30m, 7d, or seconds",
      "--issuer": "issuer (default grant-ledger, the service's JWT_ISSUER)",
      "--audience": "audience (default grant-ledger-service, the service's JWT_AUDIENCE)",
    },
    after: "Prints the token. Exit codes: 0 printed, 2 unreadable key or bad duration.",
  },
  completion: {
    description: "print a shell completion script for every command and its options",
    arguments: {
      shell: "the shell",
    },
    options: {},
    after: `Load it with: source <(grant-ledger completion bash)
Exit codes: 0 printed, 2 a shell other than bash.`,
  },
};
export type AuditHelp = typeof auditHelpEn;
