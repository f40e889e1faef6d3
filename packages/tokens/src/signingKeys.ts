import { generateKeyPairSync } from "node:crypto";

/** An Ed25519 key pair as PEM: PKCS#8 private, SPKI public (what `jose` imports). */
export const generateTokenKeyPair = (): { privateKeyPem: string; publicKeyPem: string } => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
};
