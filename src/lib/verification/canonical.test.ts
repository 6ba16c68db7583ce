import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, canonicalJson, codeFromFingerprint, formatCode, parseCode } from "./canonical";

describe("canonical JSON", () => {
  it("sorts keys by code unit at every depth, writes no white space and NFC-normalises strings", () => {
    const decomposed = "Ha\u0300 Nô\u0323i"; // "Hà Nội" with combining marks
    expect(canonicalJson({ b: 1, a: [{ z: null, "10": true, "2": "x" }], c: decomposed })).toBe(
      `{"a":[{"10":true,"2":"x","z":null}],"b":1,"c":"Hà Nội"}`,
    );
    expect(canonicalJson({ c: decomposed })).toBe(canonicalJson({ c: "Hà Nội" }));
    expect(canonicalJson('dòng\n"trích"')).toBe('"dòng\\n\\"trích\\""');
  });

  it("refuses values outside the domain", () => {
    expect(() => canonicalJson({ a: 1.5 })).toThrow(/safe integer/);
    expect(() => canonicalJson({ a: undefined })).toThrow();
    expect(() => canonicalJson({ d: new Date(0) })).toThrow();
  });
});

describe("verification codes", () => {
  const fp = "3f".repeat(32);

  it("are 10 symbols of an alphabet without look-alikes, derived from the fingerprint", () => {
    const code = codeFromFingerprint(fp);
    expect(code).toHaveLength(10);
    for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
    for (const ambiguous of "01OILU") expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(codeFromFingerprint(fp)).toBe(code);
    expect(codeFromFingerprint(`${"3f".repeat(7)}40${"3f".repeat(24)}`)).not.toBe(code);
    expect(formatCode(code)).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  });

  it("are read back from what a person types, or refused as malformed", () => {
    const code = codeFromFingerprint(fp);
    expect(parseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(parseCode(` ${code.slice(0, 5)} ${code.slice(5)} `)).toBe(code);
    expect(parseCode("ABCDE-FGHJ")).toBeNull();
    expect(parseCode("ABCDE-FGHJ0")).toBeNull();
    expect(parseCode("")).toBeNull();
    expect(() => codeFromFingerprint("xyz")).toThrow();
  });
});
