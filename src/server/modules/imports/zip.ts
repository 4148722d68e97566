/**
 * Just enough of the zip format to stream the parts of an .xlsx in the order a reader needs
 * them: the central directory says where each part is; each part is inflated as a stream.
 * exceljs' own zip layer (unzipper 0.10) is not used: it ends its entry stream when its input
 * ends and silently drops the parts not yet read — with exceljs-written files (worksheets first,
 * workbook.xml last) that loses workbook.xml on small multi-sheet files.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { PassThrough, Readable as ReadableStream } from 'node:stream';
import zlib from 'node:zlib';

export class ZipError extends Error {}

interface Part {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  headerOffset: number;
}

/** Random access to the bytes of a zip: a buffer, or a spooled temp file. */
export interface ZipBytes {
  size: number;
  read(start: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
}

export function bufferBytes(buf: Buffer): ZipBytes {
  return {
    size: buf.length,
    read: async (start, length) => buf.subarray(start, start + length),
    stream: (start, end) => ReadableStream.from([buf.subarray(start, end)]),
  };
}

export async function fileBytes(path: string): Promise<ZipBytes> {
  const handle = await fs.promises.open(path, 'r');
  const { size } = await handle.stat();
  await handle.close();
  return {
    size,
    read: async (start, length) => {
      const h = await fs.promises.open(path, 'r');
      try {
        const out = Buffer.alloc(length);
        const { bytesRead } = await h.read(out, 0, length, start);
        return out.subarray(0, bytesRead);
      } finally {
        await h.close();
      }
    },
    stream: (start, end) =>
      end > start
        ? fs.createReadStream(path, { start, end: end - 1 })
        : ReadableStream.from([Buffer.alloc(0)]),
  };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipReader {
  private constructor(
    private readonly bytes: ZipBytes,
    private readonly parts: Map<string, Part>,
  ) {}

  static async open(bytes: ZipBytes): Promise<ZipReader> {
    // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
    const tailLength = Math.min(bytes.size, 22 + 65_535);
    const tail = await bytes.read(bytes.size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError('not a zip file');
    const count = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('zip64 is not supported');
    const cd = await bytes.read(cdOffset, cdSize);
    const parts = new Map<string, Part>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
        throw new ZipError('damaged central directory');
      const nameLength = cd.readUInt16LE(p + 28);
      const part: Part = {
        flags: cd.readUInt16LE(p + 8),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        headerOffset: cd.readUInt32LE(p + 42),
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      };
      parts.set(part.name.replace(/^\//, ''), part);
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return new ZipReader(bytes, parts);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The part's uncompressed content as a stream. */
  async open(name: string): Promise<Readable> {
    const part = this.parts.get(name);
    if (!part) throw new ZipError(`missing part ${name}`);
    if (part.flags & 1) throw new ZipError('encrypted workbook');
    const header = await this.bytes.read(part.headerOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipError('damaged local header');
    const start = part.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = this.bytes.stream(start, start + part.compressedSize);
    if (part.method === 0) return raw.pipe(new PassThrough());
    if (part.method !== 8) throw new ZipError(`compression method ${part.method} is not supported`);
    const inflate = zlib.createInflateRaw();
    raw.on('error', (err) => inflate.destroy(err));
    return raw.pipe(inflate);
  }

  /** The part's content as text (small XML parts: workbook, relationships). */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.open(name)) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
}
