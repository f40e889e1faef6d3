import type { CheckpointError } from "@grant-ledger/event-store";
import type { ProofRangeError } from "@grant-ledger/merkle";
import type { AuditMessages } from "./audit.en";

/** Dutch, the default: the same keys as `audit.en.ts`. */
const quoted = (s: string) => JSON.stringify(s);
const plural = (n: number | bigint, one: string, many: string) => `${n} ${n === 1 || n === 1n ? one : many}`;

const PROBLEM: Readonly<Record<string, string>> = {
  edited: "bewerkte",
  deleted: "verwijderde",
  inserted: "ingevoegde",
  reordered: "verplaatste",
  "broken-link": "losgeraakte",
  unreadable: "onleesbare",
  "not-canonical": "niet-canonieke",
  "column-mismatch": "tegenstrijdige",
};

const proofRange = (e: ProofRangeError): string => {
  switch (e._tag) {
    case "IndexOutOfRange":
      return `positie ${e.index} ligt niet in een boom van ${e.treeSize} gebeurtenissen`;
    case "SizeOutOfRange":
      return `het log heeft ${e.treeSize} gebeurtenissen, dus geen boom van ${e.size}`;
    case "SizesOutOfOrder":
      return `een consistentiebewijs vraagt 0 < eerste <= tweede, niet ${e.first} en ${e.second}`;
  }
};

const checkpointError = (e: CheckpointError): string => {
  switch (e._tag) {
    case "EmptyScope":
      return `niets om vast te leggen: ${e.scope} heeft geen gebeurtenissen`;
    case "ChainBroken":
      return `de hashketen is gebroken: ${e.chainBreak.message}`;
    case "InvalidCheckpointFile":
      return `geen geldig controlepuntbestand: ${e.problems.join("; ")}`;
    case "InvalidKey":
      return `ongeldige sleutel: ${e.message}`;
    case "WrongKey":
      return `het controlepunt is ondertekend met sleutel ${e.foundKeyId}, niet met de opgegeven sleutel ${e.expectedKeyId}`;
    case "BadSignature":
      return "de handtekening past niet bij het controlepunt: het is na ondertekening gewijzigd";
    case "PositionMissing":
      return `de store bevat ${e.scope} positie ${e.position} niet meer${
        e.head === undefined ? " (hij is leeg)" : ` (hij eindigt bij ${e.head})`
      }`;
    case "HashMismatch":
      return `${e.scope} op positie ${e.position} heeft hash ${e.foundHash}, het controlepunt zegt ${e.expectedHash}: de geschiedenis is herschreven`;
    case "TreeHeadRejected":
      return `de boomkop: ${e.message}`;
    case "TreeTooShort":
      return `de store bevat ${e.storeSize} gebeurtenissen, minder dan de ${e.treeSize} die de boomkop dekt: er zijn gebeurtenissen van het eind afgehaald`;
    case "RootMismatch":
      return e.against === "tree-head"
        ? `de eerste ${e.treeSize} gebeurtenissen van de store hebben wortel ${e.foundRoot}, de boomkop zegt ${e.expectedRoot}: de geschiedenis is herschreven`
        : `de Merkle-boom van de store heeft wortel ${e.expectedRoot} bij ${e.treeSize} gebeurtenissen, de gebeurtenissen zelf geven ${e.foundRoot}: de boom of de gebeurtenissen zijn buiten de store om gewijzigd`;
    case "StreamHeadsMismatch":
      return `de stroomkoppen van de store bij ${e.treeSize} gebeurtenissen zijn niet die waaraan de boomkop zich bindt: de ondertekenaar heeft verkeerde koppen ondertekend`;
  }
};

export const auditNl: AuditMessages = {
  fileName: {
    "private-key": "privésleutel",
    "public-key": "publieke sleutel",
    checkpoint: "controlepunt",
    "tree-head": "boomkop",
    bundle: "auditbundel",
  },
  cannotRead: (file, path, code) => `kan ${file} ${path} niet lezen: ${code}`,
  invalid: (what) => `ONGELDIG: ${what}`,
  storageBroken: (findings) =>
    `GEBROKEN: het bestand van de store is beschadigd (${plural(findings, "bevinding", "bevindingen")} van de eigen controle)`,
  eventBroken: (b) =>
    `GEBROKEN: ${PROBLEM[b.problem] ?? b.problem} gebeurtenis in stroom ${b.streamId} bij revisie ${b.revision} (globale positie ${b.globalPosition})`,
  expectedHash: (hash) => `  verwachte hash: ${hash}`,
  foundHash: (hash) => `  gevonden hash:  ${hash}`,
  noStream: (stream) => `geen stroom ${quoted(stream)} in de store (controleer --stream)`,
  intact: (stream, events, streams, upTo) =>
    `intact: ${stream === undefined ? "store" : `stroom ${stream}`}, ${plural(events, "gebeurtenis", "gebeurtenissen")} in ${plural(streams, "stroom", "stromen")} gecontroleerd${
      upTo === undefined ? "" : `, tot en met globale positie ${upTo}`
    }`,
  noMerkleTree: "deze store houdt geen Merkle-boom bij; gebruik een sqlite:-, memory:- of esdb:-store",
  notWholeNumber: (option, text) => `${option} moet een geheel getal >= 0 zijn, niet ${quoted(text)}`,
  proofRange,
  checkpointError,
  checkpointStreamRetired:
    "checkpoint --stream bestaat niet meer: een controlepunt is een boomkop van het hele log, die zich bindt aan de kop van elke stroom (`grant-ledger audit-bundle --agreement <id>` bewijst dat de gebeurtenissen van één overeenkomst compleet zijn)",
  checkpointNeedsKey:
    "checkpoint heeft --key <private.pem> nodig (maak er een met `grant-ledger checkpoint keygen --out-dir <map>`)",
  keysExist: (dir) => `de sleutels in ${dir} worden niet overschreven (gebruik --force om ze te vervangen)`,
  keysWritten: (privatePath, publicPath) =>
    `${privatePath} geschreven (geheim houden) en ${publicPath} (voor de accountant)`,
  treeRoot: (treeSize, root) => `boom van ${treeSize} gebeurtenissen, wortel ${root}`,
  signedTreeHead: (h) =>
    `boom van ${h.treeSize} gebeurtenissen, wortel ${h.root}, ${
      h.streamHeads === undefined ? "geen stroomkoppen" : `${h.streamHeads} stroomkoppen`
    }, ondertekend ${h.timestamp} met sleutel ${h.keyId}`,
  unsignedTreeHead: (description) =>
    `${description} (niet ondertekend: geef --key <private.pem> om te ondertekenen)`,
  wrote: (file, what) => `${file} geschreven: ${what}`,
  legacyStillHeld: (scope, position) =>
    `de store bevat ${scope} positie ${position} nog zoals het oude controlepunt die ondertekende`,
  legacySignatureValid: (scope, position, hash, time, keyId) =>
    `handtekening geldig: ${scope} op positie ${position}, hash ${hash}, ondertekend ${time} met sleutel ${keyId}`,
  legacyForm:
    "  een controlepunt in de oude vorm (grant-ledger-checkpoint/1): `grant-ledger upgrade-checkpoint` maakt er een boomkop van",
  legacyStoreMatches: (scope, position) =>
    `de store klopt: hij bevat ${scope} positie ${position} nog met die hash`,
  signatureValid: (description) => `handtekening geldig: ${description}`,
  storeMatches: (treeSize, withStreamHeads) =>
    `de store klopt: zijn eerste ${treeSize} gebeurtenissen geven die wortel${withStreamHeads ? " en die stroomkoppen" : ""}`,
  needsPublicKey: (file) =>
    `controleren tegen ${file} vraagt --public-key <pem> (de publieke sleutel van de ondertekenaar)`,
  keptTreeHeadInvalid: (file, why) => `boomkop ${file}: ${why}`,
  cutOff: (storeSize, covered, kept) =>
    `de store bevat ${storeSize} gebeurtenissen, minder dan de ${covered} die ${kept} dekt: er zijn gebeurtenissen van het eind afgehaald`,
  theTreeHead: "de boomkop",
  aKeptTreeHead: "een bewaarde boomkop",
  proveNeedsPosition: "prove heeft --position <n> nodig (de globale positie van de gebeurtenis)",
  sizeDiffers: (option, size, other, otherSize) =>
    `${option} ${size} verschilt van de grootte ${otherSize} van ${other}: geef een van beide`,
  leafWithoutEvent: (position) =>
    `de boom heeft blad ${position} maar de store heeft geen gebeurtenis op die globale positie`,
  eventAt: (stream, revision, position) => `${stream} revisie ${revision} (globale positie ${position})`,
  notLeaf: (what, position, kept, treeSize, why) =>
    `${what} is niet blad ${position} van de ${kept ? "bewaarde" : "eigen"} boom van ${treeSize} gebeurtenissen: ${why}`,
  storeTree: (treeSize, root) => `de boom van de store van ${treeSize} gebeurtenissen, wortel ${root}`,
  signedTree: (treeSize, timestamp, keyId) =>
    `de boomkop van ${treeSize} gebeurtenissen, ondertekend ${timestamp} met sleutel ${keyId}`,
  included: (what, position, against) => `opgenomen: ${what} is blad ${position} van ${against}`,
  consistencyNeedsFrom: "prove-consistency heeft --from <grootte> of --since <boomkopbestand> nodig",
  noTreeOfSize: (storeSize, size) => `de store bevat ${storeSize} gebeurtenissen: geen boom van ${size}`,
  forked: (size) =>
    `twee verschillende bomen van ${size} gebeurtenissen: het log is herschreven (of gesplitst)`,
  keptIn: (file) => `de boomkop bewaard in ${file}`,
  treeHeadIn: (file) => `de boomkop in ${file}`,
  theStore: "de store",
  consistent: (first, firstNote, second, secondNote) =>
    `consistent: de boom van ${first} gebeurtenissen${firstNote === "" ? "" : ` (${firstNote})`} is een begin van de boom van ${second} gebeurtenissen${
      secondNote === "" ? "" : ` (${secondNote})`
    }`,
  bundleNeeds: "audit-bundle heeft --agreement <id>, --key <private.pem> en --out <bestand> nodig",
  bundleWritten: (file, events, agreement, sinceSize) =>
    `${file} geschreven: ${events} gebeurtenissen van overeenkomst ${agreement}, elk met een opnamebewijs${
      sinceSize === undefined
        ? ""
        : `, en een consistentiebewijs vanaf de boomkop van ${sinceSize} gebeurtenissen`
    }`,
  verifyBundleNeedsKey:
    "verify-bundle heeft --key <public.pem> nodig (de publieke sleutel van de ondertekenaar)",
  notABundle: (file, why) => `${file} is geen auditbundel: ${why}`,
  bundleValid: (events, agreement) =>
    `geldig: ${events} gebeurtenissen van overeenkomst ${agreement}, elk in de boomkop, geen enkele weggelaten`,
};
