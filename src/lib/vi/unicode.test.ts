import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CONTROL_CHAR_MESSAGE,
  hasControlChars,
  ILL_FORMED_MESSAGE,
  illFormedFieldErrors,
  isWellFormedText,
  stripControlChars,
} from "./unicode";
import { viOptional, viParagraphs, viRequired } from "./zod";

const messagesOf = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe("well-formed UTF-16", () => {
  it("tells lone surrogates from pairs", () => {
    expect(isWellFormedText("Chi bộ 😀")).toBe(true);
    for (const bad of ["\ud800", "a\udc00b", "\ud83d", "x\ude00", "\udc00\ud800"])
      expect(isWellFormedText(bad)).toBe(false);
  });

  it("names the paths of ill-formed strings, keys included", () => {
    expect(illFormedFieldErrors({ a: "ok", b: [{ c: "\ud800" }] })).toEqual({ "b.0.c": [ILL_FORMED_MESSAGE] });
    expect(illFormedFieldErrors({ "\udfff": 1 })).toEqual({ _: [ILL_FORMED_MESSAGE] });
    expect(illFormedFieldErrors("\ud800")).toEqual({ _: [ILL_FORMED_MESSAGE] });
    expect(illFormedFieldErrors({ a: ["😀"], n: 3, z: null })).toBeNull();
  });
});

describe("control characters", () => {
  const controls = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202a", "\u202e", "\u2066", "\u2069"];

  it("are found and stripped, tab and line feed kept", () => {
    for (const c of controls) expect(hasControlChars(`a${c}b`)).toBe(true);
    expect(hasControlChars("a\tb\nc")).toBe(false);
    expect(stripControlChars(`a${controls.join("")}\tb\nc`)).toBe("a\tb\nc");
  });

  it("are refused in one-line fields with a Vietnamese message", () => {
    for (const c of controls) {
      expect(messagesOf(viRequired("Vui lòng nhập tên.").safeParse(`Chi${c} bộ`))).toEqual([CONTROL_CHAR_MESSAGE]);
      expect(messagesOf(viOptional().safeParse(`Chi${c} bộ`))).toEqual([CONTROL_CHAR_MESSAGE]);
    }
    expect(viRequired("x").parse("  Chi\tbộ\r\n1 ")).toBe("Chi bộ 1");
  });

  it("are dropped from multi-line text, line breaks and tabs kept", () => {
    expect(viParagraphs().parse("Dòng\u0000 1\r\n\u202eDòng\t2\u001b")).toBe("Dòng 1\nDòng\t2");
  });
});

describe("lone surrogates in the zod helpers", () => {
  it("are a field message in every helper, never a value", () => {
    expect(messagesOf(viRequired("Vui lòng nhập tên.").safeParse("\ud800"))).toEqual([ILL_FORMED_MESSAGE]);
    expect(messagesOf(viOptional().safeParse("Biên bản \udc00"))).toEqual([ILL_FORMED_MESSAGE]);
    expect(messagesOf(viParagraphs().safeParse("Nội dung\n\ud83d"))).toEqual([ILL_FORMED_MESSAGE]);
    expect(viOptional().parse("😀 Chi bộ")).toBe("😀 Chi bộ");
  });
});
