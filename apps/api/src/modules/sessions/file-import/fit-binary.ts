/**
 * Byte-level work on FIT files, before the Garmin SDK decodes them (FIT protocol 2.x, "File Structure" and
 * "Record Header"):
 *
 * - a FIT file may be several FIT files chained one after the other (each header + data + CRC);
 *   {@link scanFit} walks every part, checks each header, its declared size and both CRCs, and every record
 *   inside it (so a damaged part is found before decoding);
 * - old Garmin devices (Forerunner 50/60/70, 405 …) write data messages with a *compressed timestamp
 *   header*: bit 7 set, the local message type in bits 5–6 and the low 5 bits of the timestamp in bits 0–4,
 *   the full timestamp following from the last one seen. `@garmin/fitsdk` refuses those records;
 *   {@link normaliseFit} rewrites each into an ordinary data message carrying its timestamp field (253),
 *   with the definition messages that needs, and writes fresh sizes and CRCs;
 * - a file the device never closed has a wrong file CRC; the normalised copy carries a correct one, so
 *   what is there can be decoded (the caller decides whether the file may be read that way).
 */
import { fitsdk } from './fitsdk.loader';

const TIMESTAMP_FIELD = 253;
const UINT32_BASE_TYPE = 0x86;

export interface FitPart {
  offset: number;
  headerSize: number;
  dataSize: number;
  /** Header CRC present and wrong. */
  headerCrcBad: boolean;
  /** File CRC wrong (a stored 0 counts as "not computed", as the protocol allows). */
  fileCrcBad: boolean;
  /** Some records use the compressed timestamp header. */
  compressedTimestamps: boolean;
}

export type FitScan =
  | { ok: true; parts: FitPart[] }
  | { ok: false; problem: 'truncated' | 'not-fit' | 'bad-record'; at: number; parts: FitPart[] };

interface LocalDefinition {
  bigEndian: boolean;
  /** Byte offsets and sizes of the fields, to find the timestamp. */
  timestampOffset: number | null;
  size: number;
  /** Bytes of the native fields (developer fields follow them in a data message). */
  nativeSize: number;
  /** The definition record as written (header byte included), to re-emit it. */
  bytes: Buffer;
  /** Field definitions (3 bytes each) and developer field definitions, for the timestamped variant. */
  fieldDefs: Buffer;
  devDefs: Buffer | null;
  globalNum: number;
}

export function fitCrc(buffer: Buffer, start: number, end: number): number {
  return fitsdk.CrcCalculator.calculateCRC(buffer, start, end) as number;
}

function isFitHeaderAt(buffer: Buffer, offset: number): boolean {
  const size = buffer[offset];
  return (
    (size === 12 || size === 14) &&
    offset + size <= buffer.length &&
    buffer.toString('latin1', offset + 8, offset + 12) === '.FIT'
  );
}

/**
 * Walks records of one part, calling `onRecord` for each; returns the offset where a record did not fit or
 * referred to an undefined local message, or null when the part's records are well formed.
 */
function walkRecords(
  buffer: Buffer,
  start: number,
  end: number,
  onRecord?: (header: number, at: number, length: number, definitions: Array<LocalDefinition | null>) => void,
): { badAt: number | null; compressed: boolean } {
  const definitions: Array<LocalDefinition | null> = new Array(16).fill(null);
  let compressed = false;
  let p = start;
  while (p < end) {
    const header = buffer[p];
    const at = p;
    if ((header & 0x80) !== 0) {
      compressed = true;
      const local = (header >> 5) & 0x03;
      const def = definitions[local];
      if (!def || p + 1 + def.size > end) return { badAt: at, compressed };
      p += 1 + def.size;
    } else if ((header & 0x40) !== 0) {
      if (p + 6 > end) return { badAt: at, compressed };
      const bigEndian = buffer[p + 2] === 1;
      const globalNum = bigEndian ? buffer.readUInt16BE(p + 3) : buffer.readUInt16LE(p + 3);
      const fieldCount = buffer[p + 5];
      let q = p + 6;
      if (q + fieldCount * 3 > end) return { badAt: at, compressed };
      const fieldDefs = buffer.subarray(q, q + fieldCount * 3);
      let size = 0;
      let timestampOffset: number | null = null;
      for (let i = 0; i < fieldCount; i++) {
        const num = buffer[q + i * 3];
        const fieldSize = buffer[q + i * 3 + 1];
        if (num === TIMESTAMP_FIELD && fieldSize === 4) timestampOffset = size;
        size += fieldSize;
      }
      q += fieldCount * 3;
      const nativeSize = size;
      let devDefs: Buffer | null = null;
      if ((header & 0x20) !== 0) {
        if (q + 1 > end) return { badAt: at, compressed };
        const devCount = buffer[q];
        if (q + 1 + devCount * 3 > end) return { badAt: at, compressed };
        devDefs = buffer.subarray(q, q + 1 + devCount * 3);
        for (let i = 0; i < devCount; i++) size += buffer[q + 1 + i * 3 + 1];
        q += 1 + devCount * 3;
      }
      definitions[header & 0x0f] = {
        bigEndian,
        timestampOffset,
        size,
        nativeSize,
        bytes: buffer.subarray(p, q),
        fieldDefs,
        devDefs,
        globalNum,
      };
      p = q;
    } else {
      const def = definitions[header & 0x0f];
      if (!def || p + 1 + def.size > end) return { badAt: at, compressed };
      p += 1 + def.size;
    }
    onRecord?.(header, at, p - at, definitions);
  }
  return { badAt: null, compressed };
}

/** Every chained part of a FIT file, checked (sizes, CRCs, record structure). */
export function scanFit(buffer: Buffer): FitScan {
  const parts: FitPart[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    if (!isFitHeaderAt(buffer, offset)) {
      return { ok: false, problem: offset + 12 > buffer.length ? 'truncated' : 'not-fit', at: offset, parts };
    }
    const headerSize = buffer[offset];
    const dataSize = buffer.readUInt32LE(offset + 4);
    const end = offset + headerSize + dataSize;
    if (end + 2 > buffer.length) return { ok: false, problem: 'truncated', at: offset, parts };
    const storedHeaderCrc = headerSize === 14 ? buffer.readUInt16LE(offset + 12) : 0;
    const storedFileCrc = buffer.readUInt16LE(end);
    const walk = walkRecords(buffer, offset + headerSize, end);
    if (walk.badAt !== null) return { ok: false, problem: 'bad-record', at: walk.badAt, parts };
    parts.push({
      offset,
      headerSize,
      dataSize,
      headerCrcBad: storedHeaderCrc !== 0 && storedHeaderCrc !== fitCrc(buffer, offset, offset + 12),
      fileCrcBad: storedFileCrc !== 0 && storedFileCrc !== fitCrc(buffer, offset, end),
      compressedTimestamps: walk.compressed,
    });
    offset = end + 2;
  }
  return { ok: true, parts };
}

/**
 * A copy of a well-formed FIT file (see {@link scanFit}) that the SDK can decode: compressed-timestamp
 * records become ordinary ones with a timestamp field, and every part gets a correct data size, header CRC
 * and file CRC.
 */
export function normaliseFit(buffer: Buffer, parts: FitPart[]): Buffer {
  const out: Buffer[] = [];
  for (const part of parts) {
    const dataStart = part.offset + part.headerSize;
    const dataEnd = dataStart + part.dataSize;
    const body: Buffer[] = [];
    let lastTimestamp: number | null = null;
    /** Per local type: which variant of its definition the output currently has. */
    const emitted: Array<'original' | 'timestamped' | null> = new Array(16).fill(null);

    walkRecords(buffer, dataStart, dataEnd, (header, at, length, definitions) => {
      const record = buffer.subarray(at, at + length);
      if ((header & 0x80) === 0 && (header & 0x40) !== 0) {
        body.push(record);
        emitted[header & 0x0f] = 'original';
        return;
      }
      if ((header & 0x80) === 0) {
        const local = header & 0x0f;
        const def = definitions[local]!;
        if (emitted[local] !== 'original') {
          body.push(def.bytes);
          emitted[local] = 'original';
        }
        if (def.timestampOffset !== null) {
          const o = at + 1 + def.timestampOffset;
          const ts = def.bigEndian ? buffer.readUInt32BE(o) : buffer.readUInt32LE(o);
          if (ts !== 0xffffffff) lastTimestamp = ts;
        }
        body.push(record);
        return;
      }
      // Compressed timestamp header: local type in bits 5–6, time offset (low 5 bits) in bits 0–4.
      const local = (header >> 5) & 0x03;
      const def = definitions[local]!;
      const offset = header & 0x1f;
      const last = lastTimestamp ?? 0;
      let timestamp = (last & ~0x1f) + offset;
      if (offset < (last & 0x1f)) timestamp += 0x20;
      timestamp >>>= 0;
      lastTimestamp = timestamp;
      if (emitted[local] !== 'timestamped') {
        body.push(timestampedDefinition(local, def));
        emitted[local] = 'timestamped';
      }
      const ts = Buffer.alloc(4);
      if (def.bigEndian) ts.writeUInt32BE(timestamp);
      else ts.writeUInt32LE(timestamp);
      // Native fields, then the timestamp (the last native field of the definition), then developer fields.
      const native = at + 1 + def.nativeSize;
      body.push(
        Buffer.from([local]),
        buffer.subarray(at + 1, native),
        ts,
        buffer.subarray(native, at + length),
      );
    });

    const data = Buffer.concat(body);
    const header = Buffer.from(buffer.subarray(part.offset, dataStart));
    header.writeUInt32LE(data.length, 4);
    if (part.headerSize === 14) header.writeUInt16LE(fitCrc(header, 0, 12), 12);
    const withoutCrc = Buffer.concat([header, data]);
    const crc = Buffer.alloc(2);
    crc.writeUInt16LE(fitCrc(withoutCrc, 0, withoutCrc.length));
    out.push(withoutCrc, crc);
  }
  return Buffer.concat(out);
}

/** The local type's definition with a uint32 timestamp field appended after its own fields. */
function timestampedDefinition(local: number, def: LocalDefinition): Buffer {
  const fieldCount = def.fieldDefs.length / 3;
  const head = Buffer.alloc(6);
  head[0] = 0x40 | (def.devDefs ? 0x20 : 0) | local;
  head[1] = 0;
  head[2] = def.bigEndian ? 1 : 0;
  if (def.bigEndian) head.writeUInt16BE(def.globalNum, 3);
  else head.writeUInt16LE(def.globalNum, 3);
  head[5] = fieldCount + 1;
  const timestampDef = Buffer.from([TIMESTAMP_FIELD, 4, UINT32_BASE_TYPE]);
  return Buffer.concat([head, def.fieldDefs, timestampDef, ...(def.devDefs ? [def.devDefs] : [])]);
}
