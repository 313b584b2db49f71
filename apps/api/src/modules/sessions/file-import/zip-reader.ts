/**
 * A small reader for zip archives (PKWARE APPNOTE 6.3: end of central directory, central directory, local
 * headers; stored and deflated entries), enough for Strava and Garmin account exports. No zip64, no
 * encryption: such archives are refused with a reason. Every entry inflates to at most `maxEntryBytes`, so
 * an archive cannot unpack into more memory than that per file (zip bombs stop there).
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipError extends Error {
  override readonly name = 'ZipError';
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** The entry's bytes, inflated (throws ZipError when the entry is damaged, encrypted or too big). */
  read(): Buffer;
}

export function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL;
}

export function readZip(buffer: Buffer, maxEntryBytes: number): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipError('it is a zip64 archive (over 4 GB or 65 535 files), which is not supported');
  }
  if (offset + size > buffer.length) throw new ZipError('its table of contents lies outside the file');

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) {
      throw new ZipError('its table of contents is damaged');
    }
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const uncompressedSize = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a directory

    entries.push({
      name,
      compressedSize,
      size: uncompressedSize,
      read: () => {
        if (flags & 0x1) throw new ZipError('it is encrypted');
        if (uncompressedSize > maxEntryBytes) {
          throw new ZipError(`it unpacks to ${uncompressedSize} bytes, more than ${maxEntryBytes}`);
        }
        if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL) {
          throw new ZipError('its local header is damaged');
        }
        const start =
          localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
        if (start + compressedSize > buffer.length) throw new ZipError('it is cut off');
        const raw = buffer.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(raw);
        if (method !== 8)
          throw new ZipError(`it uses compression method ${method} (only stored and deflate)`);
        try {
          return inflateRawSync(raw, { maxOutputLength: Math.max(1, maxEntryBytes) });
        } catch (error) {
          throw new ZipError(
            (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE'
              ? `it unpacks to more than ${maxEntryBytes} bytes`
              : 'its compressed data is damaged',
          );
        }
      },
    });
  }
  return entries;
}

/** The EOCD record sits in the last 22 bytes plus up to a 64 KiB comment. */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - 22 - 0xffff);
  for (let p = buffer.length - 22; p >= stop; p--) {
    if (buffer.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipError('it is not a complete zip archive (no table of contents)');
}
