import iconv from "iconv-lite";

/** How a file's bytes were read: reported so that an auditor can see what was assumed. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

const BOM = [0xef, 0xbb, 0xbf] as const;

const hasBom = (bytes: Uint8Array): boolean => BOM.every((b, i) => bytes[i] === b);

/**
 * Valid UTF-8 (with or without BOM) is read as UTF-8; anything else as Windows-1252, the
 * encoding Word and Excel on Dutch Windows write. Every byte sequence is valid Windows-1252,
 * so this never fails; it does not guess between other legacy encodings.
 */
export const decodeText = (bytes: Uint8Array): { readonly text: string; readonly encoding: TextEncoding } => {
  const bom = hasBom(bytes);
  const body = bom ? bytes.subarray(BOM.length) : bytes;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(body), "win1252"), encoding: "windows-1252" };
  }
};
