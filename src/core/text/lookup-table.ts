// Word tables without a prototype: looking up an arbitrary page word ("constructor", "toString")
// must find nothing, not Object.prototype's methods.

export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
