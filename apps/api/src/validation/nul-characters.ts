import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '@app/common';

/**
 * The path of the first string (or object key) in `value` that contains U+0000, or null. Walks arrays and
 * plain objects (GraphQL input objects, JSON bodies, socket payloads, an upload's metadata); skips binary
 * data (Buffers, typed arrays) and other class instances.
 */
export function findNulCharacter(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(value)' : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNulCharacter(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const hit = findNulCharacter(v, at, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/** Throws BAD_USER_INPUT (NUL_CHARACTER) when any string in `value` contains U+0000. */
export function assertNoNulCharacter(value: unknown, name?: string): void {
  const at = findNulCharacter(value, name ?? '');
  if (at) {
    throw badInput(`Text may not contain the NUL character (U+0000): found in ${at}`, 'NUL_CHARACTER', {
      path: at,
    });
  }
}

/**
 * The one check for NUL characters in anything a client sends: PostgreSQL cannot store U+0000 in text,
 * so it is refused as BAD_USER_INPUT before a service sees it. A global pipe (configureApp) covers every
 * GraphQL argument (literals and variables), REST parameter, query, body and an uploaded file's metadata;
 * the chat gateway applies it to every socket payload.
 */
@Injectable()
export class NulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom' && !isUploadedFile(value)) return value; // e.g. the caller's AuthContext
    assertNoNulCharacter(value, metadata.data);
    if (isUploadedFile(value)) {
      assertNoNulCharacter(
        { originalname: value.originalname, fieldname: value.fieldname, mimetype: value.mimetype },
        metadata.data ?? 'file',
      );
    }
    return value;
  }
}

function isUploadedFile(
  value: unknown,
): value is { originalname: unknown; fieldname: unknown; mimetype: unknown } {
  return typeof value === 'object' && value !== null && 'originalname' in value && 'buffer' in value;
}
