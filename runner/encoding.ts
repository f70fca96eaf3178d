// UTF-16 sources with a byte order mark (some Windows editors save them so): read as text like
// UTF-8 ones, and written back in the encoding they came in, BOM included (docs/safety.md).

export type Utf16 = 'utf-16le' | 'utf-16be';

const fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

/** The UTF-16 flavour a file's BOM announces, or null (no BOM: UTF-8 or not text). */
export function utf16Of(bytes: Uint8Array): Utf16 | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The text, BOM kept (as for UTF-8, so a rewrite keeps it); null when not well-formed UTF-16. */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): string | null {
  if (bytes.length % 2 !== 0) return null;
  // Big-endian is swapped to little-endian: Node decodes UTF-16BE only with full ICU.
  const le = encoding === 'utf-16le' ? bytes : Buffer.from(bytes).swap16();
  try {
    return fatal.decode(le);
  } catch {
    return null;
  }
}

/** `text` encoded as the file now on disk is (`onDisk`: its bytes, null for a new file). */
export function encodeLike(text: string, onDisk: Uint8Array | null): Buffer {
  const encoding = onDisk ? utf16Of(onDisk) : null;
  if (encoding === null) return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
