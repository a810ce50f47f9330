import { inflateSync } from 'node:zlib';

const utf16 = new TextDecoder('utf-16be');
// A ligature maps to several characters, written with spaces inside one hex string: <0066 0066>.
const text = (hex: string) => utf16.decode(Buffer.from(hex.replace(/\s/g, ''), 'hex'));

function inflatedStream(object: string): string | null {
  const stream = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(object);
  if (!stream) return null;
  try {
    return inflateSync(Buffer.from(stream[1] ?? '', 'latin1')).toString('latin1');
  } catch {
    return null;
  }
}

/** A ToUnicode CMap as glyph code → text: its `bfchar` pairs and `bfrange` runs (with a start or an array). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(pair[1] ?? '', 16), text(pair[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const low = parseInt(range[1] ?? '', 16);
      const high = parseInt(range[2] ?? '', 16);
      const target = range[3] ?? '';
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((t, i) => map.set(low + i, text(t[1] ?? '')));
      } else {
        const start = parseInt(target.slice(1, -1), 16);
        for (let code = low; code <= high; code++) map.set(code, String.fromCodePoint(start + code - low));
      }
    }
  }
  return map;
}

/**
 * The text drawn in a PDF the platform made, one line per text operation. Embedded fonts (Identity-H, two
 * bytes per glyph) are read back through their ToUnicode maps; standard fonts as WinAnsi (≈ latin1).
 * Enough for the PDFs react-pdf writes, not a general PDF reader. Test use only.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1] ?? '', m[2] ?? '');
  const fonts = new Map<string, Map<number, string> | null>();
  for (const m of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(m[2] ?? '') ?? '');
    fonts.set(m[1] ?? '', toUnicode ? parseCMap(inflatedStream(objects.get(toUnicode[1] ?? '') ?? '') ?? '') : null);
  }
  const lines: string[] = [];
  for (const object of objects.values()) {
    const content = inflatedStream(object);
    if (!content?.includes('TJ')) continue;
    let font: Map<number, string> | null = null;
    for (const op of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (op[1]) {
        font = fonts.get(op[1]) ?? null;
        continue;
      }
      const strings = [...(op[2] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '');
      lines.push(
        strings
          .map((hex) => (font ? (hex.match(/.{4}/g) ?? []).map((code) => font?.get(parseInt(code, 16)) ?? '').join('') : Buffer.from(hex, 'hex').toString('latin1')))
          .join(''),
      );
    }
  }
  return lines.join('\n');
}
