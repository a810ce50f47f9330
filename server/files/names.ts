// What a browser sends about an upload is the user's word; these make it safe to store and to send back.

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** The browser's media type when it is a plain `type/subtype`, else the neutral octet stream. */
export function safeMediaType(value: string | null | undefined): string {
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return MEDIA_TYPE.test(type) ? type : 'application/octet-stream';
}

/** The last path segment of a file name, without control characters, at most 200 characters. */
export function cleanFileName(value: string | null | undefined): string {
  const base = (value ?? '').split(/[/\\]/).pop() ?? '';
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return clean && clean !== '.' && clean !== '..' ? clean : 'vedlegg';
}

/** `Content-Disposition: attachment` with the original name (RFC 6266): an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
