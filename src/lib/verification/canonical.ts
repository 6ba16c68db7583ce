/**
 * The canonical form of sealed data (README "Verification"): JSON with object keys sorted by their
 * UTF-16 code units, no white space, every string in NFC, numbers only as safe integers, no
 * undefined. For this value domain it is the JSON Canonicalization Scheme (RFC 8785), so any JCS
 * implementation recomputes the same bytes. Pure and isomorphic: hashing happens in src/server.
 */

export type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

function check(value: unknown, path: string): Canonical {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical form: ${path} is not a safe integer`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => check(v, `${path}[${i}]`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, Canonical> = {};
    for (const key of Object.keys(value).sort()) {
      out[key.normalize("NFC")] = check((value as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return out;
  }
  throw new Error(`canonical form: ${path} has a value of type ${typeof value}`);
}

function write(value: Canonical): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(write).join(",")}]`;
  // keys were sorted by check(); JSON.stringify escapes strings exactly as RFC 8785 does
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(value[k])}`).join(",")}}`;
}

/** The canonical JSON text of plain data; throws on values outside the canonical domain. */
export function canonicalJson(value: unknown): string {
  return write(check(value, "$"));
}

// ───────────── verification codes ─────────────

/** 30 symbols read aloud without doubt: no 0/O, 1/I/L, U/V pair (only V), so nothing is mistaken for another. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;
const BASE = BigInt(CODE_ALPHABET.length);

/** The verification code of a fingerprint (64-character hex): its first 64 bits in base 30, 10 symbols. */
export function codeFromFingerprint(fingerprint: string): string {
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) throw new Error("fingerprint must be 64 lower-case hex digits");
  let n = BigInt(`0x${fingerprint.slice(0, 16)}`) % BASE ** BigInt(CODE_LENGTH);
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    out = CODE_ALPHABET[Number(n % BASE)] + out;
    n /= BASE;
  }
  return out;
}

/** The code as printed and read aloud: two groups of five, "7KQ4M-XR9TB". */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A code as typed (any case, with spaces, hyphens or dots between groups) → the code, or null when malformed. */
export function parseCode(input: string): string | null {
  const compact = input
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\s.\-–—_]/g, "");
  if (compact.length !== CODE_LENGTH) return null;
  for (const ch of compact) if (!CODE_ALPHABET.includes(ch)) return null;
  return compact;
}
