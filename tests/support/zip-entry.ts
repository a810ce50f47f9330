import { inflateRawSync } from 'node:zlib';

/** One file out of a ZIP archive (a DOCX), read from its local header. Test use only. */
export function zipEntry(zip: Buffer, name: string): string | null {
  for (let at = zip.indexOf('PK\u0003\u0004', 0, 'latin1'); at !== -1; at = zip.indexOf('PK\u0003\u0004', at + 4, 'latin1')) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const entry = zip.toString('utf8', at + 30, at + 30 + nameLength);
    if (entry !== name) continue;
    const start = at + 30 + nameLength + extra;
    const data = zip.subarray(start, start + size);
    return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
  }
  return null;
}
