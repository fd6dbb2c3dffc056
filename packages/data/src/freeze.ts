/** A deeply read-only view of `T`, as the package hands out its data. */
export type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/** Freezes `value` and everything reachable from it, so no consumer can change shared data. */
export function deepFreeze<T>(value: T): Frozen<T> {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // plain loops: this runs over every record at import time, and Object.values() allocates
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) deepFreeze(value[key]);
  }
  return value as Frozen<T>;
}

/**
 * A `JSON.parse` reviver that freezes every object and array as it is made: the built package
 * parses its data with it, so freezing costs no second walk over the records at import.
 */
export const freezeReviver = (_key: string, value: unknown): unknown =>
  typeof value === "object" && value !== null ? Object.freeze(value) : value;
