import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, safeMediaType } from './names.ts';

describe('upload names', () => {
  it('keeps plain media types and neutralises anything else', () => {
    expect(safeMediaType('application/pdf')).toBe('application/pdf');
    expect(safeMediaType('Audio/MPEG; charset=x')).toBe('audio/mpeg');
    expect(safeMediaType('')).toBe('application/octet-stream');
    expect(safeMediaType('text/html\r\nX-Evil: 1')).toBe('application/octet-stream');
  });

  it('keeps only the last segment of a file name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\kari\\Referat møte 1.pdf')).toBe('Referat møte 1.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(cleanFileName('..')).toBe('vedlegg');
    expect(cleanFileName('')).toBe('vedlegg');
  });

  it('sends the original name in UTF-8 with an ASCII fallback that cannot break the header', () => {
    expect(contentDisposition('Årsrapport "2020".pdf')).toBe(`attachment; filename="_rsrapport _2020_.pdf"; filename*=UTF-8''%C3%85rsrapport%20%222020%22.pdf`);
  });
});
