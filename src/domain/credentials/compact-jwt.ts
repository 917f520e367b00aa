/** A JSON Web Token in its compact form: base64url header, payload and signature, joined by dots. */
export type CompactJwtReading =
  | { kind: 'jwt'; header: Record<string, unknown>; payload: unknown }
  | { kind: 'notJwt' }
  | { kind: 'broken'; part: 'header' | 'payload' };

/** The signature may be empty: an unsecured JWT ("alg": "none") still has its third, empty segment. */
const COMPACT_JWT = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON a base64url segment encodes, or undefined when it is not base64url, not UTF-8 or not JSON. */
function decodeSegment(segment: string): { value: unknown } | undefined {
  if (segment.length % 4 === 1) return undefined;
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  try {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * Reads a compact JWT's header and payload as JSON. The signature is not checked: it is kept with the original file
 * and never used, so nothing here needs the issuer's key.
 */
export function readCompactJwt(text: string): CompactJwtReading {
  const match = COMPACT_JWT.exec(text);
  if (match === null) return { kind: 'notJwt' };
  const [, headerSegment = '', payloadSegment = ''] = match;
  const header = decodeSegment(headerSegment);
  if (header === undefined || !isRecord(header.value)) return { kind: 'broken', part: 'header' };
  const payload = decodeSegment(payloadSegment);
  if (payload === undefined) return { kind: 'broken', part: 'payload' };
  return { kind: 'jwt', header: header.value, payload: payload.value };
}
