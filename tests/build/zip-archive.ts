import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  crc32: number;
  size: number;
  /** DOS date and time as stored (a build timestamp here would make packages differ per build). */
  dosDateTime: number;
  method: number;
  localHeaderOffset: number;
  compressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory of a (non-zip64) archive, in stored order. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory header at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      dosDateTime: zip.readUInt32LE(at + 12),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's uncompressed bytes (stored or deflated, the two methods zip tools write). */
export function zipEntryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (zip.readUInt32LE(at) !== LOCAL) throw new Error(`bad local header for ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
}

/** Entries that differ between two archives (content, presence or timestamp), for a readable failure. */
export function zipDifferences(a: Buffer, b: Buffer): string[] {
  const left = new Map(zipEntries(a).map((e) => [e.name, e]));
  const right = new Map(zipEntries(b).map((e) => [e.name, e]));
  const out: string[] = [];
  for (const [name, e] of left) {
    const other = right.get(name);
    if (!other) out.push(`only in the first: ${name}`);
    else if (other.crc32 !== e.crc32 || other.size !== e.size) out.push(`content differs: ${name}`);
    else if (other.dosDateTime !== e.dosDateTime) out.push(`timestamp differs: ${name}`);
  }
  for (const name of right.keys()) if (!left.has(name)) out.push(`only in the second: ${name}`);
  const order = (zip: Buffer) => zipEntries(zip).map((e) => e.name).join('\n');
  if (!out.length && order(a) !== order(b)) out.push('same entries in a different order');
  return out;
}
