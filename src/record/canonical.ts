// RFC 8785 (JSON Canonicalization Scheme) bytes of a value: the exact bytes a record leaf is made of.
import canonicalize from "canonicalize";

const utf8 = new TextEncoder();

/**
 * The RFC 8785 canonical JSON of `value`, as UTF-8 bytes.
 * Throws a `TypeError` for values JSON cannot represent (undefined, functions, NaN, Infinity,
 * lone surrogates, BigInt, cycles), so a leaf never silently loses or garbles data.
 *
 * @example canonicalJson({ b: 1, a: "x" }) // the bytes of `{"a":"x","b":1}`
 */
export function canonicalJson(value: unknown): Uint8Array {
  return utf8.encode(canonicalJsonText(value));
}

/** The RFC 8785 canonical JSON of `value` as a string; see {@link canonicalJson}. */
export function canonicalJsonText(value: unknown): string {
  rejectFunctions(value, new Set());
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw new TypeError(
      `value has no canonical JSON form: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (text === undefined) throw new TypeError("value has no canonical JSON form");
  return text;
}

// `canonicalize` writes a function member as the bare word `undefined`, which is not JSON.
function rejectFunctions(value: unknown, seen: Set<object>): void {
  if (typeof value === "function") throw new TypeError("value has no canonical JSON form: a function");
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  for (const member of Object.values(value)) rejectFunctions(member, seen);
}
