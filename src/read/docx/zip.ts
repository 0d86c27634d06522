// A small, defensive zip reader and writer for .docx packages.
// Reading: the central directory is parsed by hand so each entry's declared size and compression
// ratio can be checked before anything is inflated (zip bombs), and inflation itself is capped.
// Writing: untouched entries are copied with their compressed bytes as they are, so an annotated
// copy differs from the input only in the parts termlint changed.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { DocumentError } from '../../errors.js';
import { DEFAULT_LIMITS, tooLarge, type Limits } from '../limits.js';

/** The zip-bomb guards of src/read/limits.ts this reader applies. */
export type ZipLimits = Pick<Limits, 'maxDecompressedBytes' | 'maxCompressionRatio'>;

/** Tiny entries (a settings part of repeated spaces) can compress 100:1 legitimately; a bomb cannot be small. */
const MIN_RATIO_CHECK_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  dosTime: number;
  dosDate: number;
  externalAttributes: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Bit 3: sizes in a data descriptor after the data; bit 11: UTF-8 names. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const FLAG_ENCRYPTED = 0x0001;

function corrupt(path: string, why: string): DocumentError {
  return new DocumentError('CORRUPT_DOCX', `${path} is not a readable Word document: ${why}`);
}

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Buffer,
    readonly path: string,
    readonly limits: ZipLimits,
    entries: ZipEntry[],
  ) {
    this.entries = entries;
    for (const e of entries) this.byName.set(e.name, e);
  }

  static open(data: Uint8Array, path: string, limits: ZipLimits = DEFAULT_LIMITS): ZipArchive {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return new ZipArchive(bytes, path, limits, readCentralDirectory(bytes, path));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The compressed bytes of an entry as stored. */
  raw(entry: ZipEntry): Buffer {
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  /** An entry's content, or null when the package has no such entry. Checks limits before inflating. */
  read(name: string): Buffer | null {
    const entry = this.byName.get(name);
    if (!entry) return null;
    const max = this.limits.maxDecompressedBytes;
    if (this.inflated + entry.uncompressedSize > max) {
      throw tooLarge(this.path, 'maxDecompressedBytes', this.inflated + entry.uncompressedSize, max);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > MIN_RATIO_CHECK_BYTES && ratio > this.limits.maxCompressionRatio) {
      throw tooLarge(this.path, 'maxCompressionRatio', ratio, this.limits.maxCompressionRatio);
    }
    let out: Buffer;
    if (entry.method === 0) {
      out = Buffer.from(this.raw(entry));
    } else if (entry.method === 8) {
      try {
        // The declared size is the cap: a header that understates its part cannot make us inflate more.
        out = inflateRawSync(this.raw(entry), { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE') {
          // The part holds more than its header declares: a lying header (a zip-bomb trick), not a size we can name.
          throw corrupt(this.path, `part ${entry.name} holds more data than its header declares (a zip bomb?); it was not inflated`);
        }
        throw corrupt(this.path, `part ${entry.name} cannot be inflated`);
      }
    } else {
      throw corrupt(this.path, `part ${entry.name} uses unsupported compression method ${entry.method}`);
    }
    if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc32) {
      throw corrupt(this.path, `part ${entry.name} is damaged (size or checksum mismatch)`);
    }
    this.inflated += out.length;
    return out;
  }

  readText(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : data.toString('utf8').replace(/^\uFEFF/, '');
  }
}

function readCentralDirectory(bytes: Buffer, path: string): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt(path, 'the zip directory is missing (truncated file?)');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const start = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || start === 0xffffffff) throw corrupt(path, 'ZIP64 packages are not supported');
  if (start + size > eocd) throw corrupt(path, 'the zip directory points outside the file (truncated file?)');

  const entries: ZipEntry[] = [];
  let p = start;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw corrupt(path, 'the zip directory is damaged');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const dosTime = bytes.readUInt16LE(p + 12);
    const dosDate = bytes.readUInt16LE(p + 14);
    const crc = bytes.readUInt32LE(p + 16);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const externalAttributes = bytes.readUInt32LE(p + 38);
    const localOffset = bytes.readUInt32LE(p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = nameBytes.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1');
    p += 46 + nameLength + extraLength + commentLength;

    if (flags & FLAG_ENCRYPTED) throw corrupt(path, `part ${name} is encrypted`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw corrupt(path, 'ZIP64 packages are not supported');
    }
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
      throw corrupt(path, `part ${name} is missing (truncated file?)`);
    }
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw corrupt(path, `part ${name} is cut short (truncated file?)`);
    entries.push({ name, method, flags, crc32: crc, compressedSize, uncompressedSize, dosTime, dosDate, externalAttributes, dataOffset });
  }
  return entries;
}

/** One entry of a package being written: copied as stored, or new content to deflate. */
export type ZipOutputEntry =
  | { kind: 'copy'; entry: ZipEntry; from: ZipArchive }
  | { kind: 'new'; name: string; data: Buffer; dosTime: number; dosDate: number };

/** A zip with the given entries in order (no data descriptors, no extra fields). */
export function writeZip(outputs: ZipOutputEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const out of outputs) {
    let name: string;
    let method: number;
    let crc: number;
    let data: Buffer;
    let size: number;
    let dosTime: number;
    let dosDate: number;
    let flags: number;
    let external = 0;
    if (out.kind === 'copy') {
      ({ name, method, dosTime, dosDate } = out.entry);
      crc = out.entry.crc32;
      size = out.entry.uncompressedSize;
      data = out.from.raw(out.entry);
      flags = out.entry.flags & ~FLAG_DESCRIPTOR;
      external = out.entry.externalAttributes;
    } else {
      ({ name, dosTime, dosDate } = out);
      method = 8;
      crc = crc32(out.data);
      size = out.data.length;
      data = deflateRawSync(out.data);
      flags = 0;
    }
    const nameBytes = Buffer.from(name, 'utf8');
    if (/[^\x00-\x7f]/.test(name)) flags |= FLAG_UTF8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(external, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(outputs.length, 8);
  end.writeUInt16LE(outputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
