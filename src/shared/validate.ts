// Tiny runtime validators for message bodies: each returns the typed value or throws a
// ValidationError naming the path, so `parse*` in messages.ts can say why a message was dropped.

export class ValidationError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'ValidationError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

/** A plain object (not an array, not null) with only own enumerable keys read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const str = (maxLength: number, minLength = 0): Check<string> => (value, path) => {
  if (typeof value !== 'string') throw new ValidationError(path, 'expected a string');
  if (value.length > maxLength) throw new ValidationError(path, `longer than ${maxLength}`);
  if (value.length < minLength) throw new ValidationError(path, `shorter than ${minLength}`);
  return value;
};

export const bool: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ValidationError(path, 'expected a boolean');
  return value;
};

export const int = (min: number, max: number): Check<number> => (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(path, `expected an integer in [${min}, ${max}]`);
  }
  return value;
};

export const oneOf = <const T extends string>(options: readonly T[]): Check<T> => (value, path) => {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new ValidationError(path, `expected one of ${options.join(', ')}`);
  }
  return value as T;
};

export const arrayOf = <T>(item: Check<T>, maxItems: number): Check<T[]> => (value, path) => {
  if (!Array.isArray(value)) throw new ValidationError(path, 'expected an array');
  if (value.length > maxItems) throw new ValidationError(path, `more than ${maxItems} items`);
  return value.map((v, i) => item(v, `${path}[${i}]`));
};

/** Reads an optional field: absent or undefined gives undefined. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

/** Reads `obj[key]` where `obj` must be a record; unknown keys are rejected so nothing smuggles in. */
export function fields(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw new ValidationError(path, 'expected an object');
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new ValidationError(`${path}.${key}`, 'unexpected field');
  }
  return value;
}
