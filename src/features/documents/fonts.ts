/**
 * Where the Tinos TTFs are (Times New Roman metrics, full Vietnamese coverage). Absolute paths,
 * for @react-pdf/renderer's Font.register. No "server-only": the benchmark script imports it.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export type FontFace = "regular" | "italic" | "bold" | "boldItalic";

const FILES: Record<FontFace, string> = {
  regular: "400Regular/Tinos_400Regular.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  boldItalic: "700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

/** The package folder: SBB_FONT_DIR when set, else node_modules under the working directory. */
export function tinosDir(): string {
  const fromEnv = process.env.SBB_FONT_DIR;
  // turbopackIgnore: a runtime path, not a module to trace (keeps the build from tracing the whole project)
  if (fromEnv) return path.resolve(/* turbopackIgnore: true */ fromEnv);
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
}

export function tinosPath(face: FontFace): string {
  return path.join(/* turbopackIgnore: true */ tinosDir(), FILES[face]);
}

export function tinosPaths(): Record<FontFace, string> {
  const out = {} as Record<FontFace, string>;
  for (const face of Object.keys(FILES) as FontFace[]) {
    const file = tinosPath(face);
    if (!existsSync(/* turbopackIgnore: true */ file)) throw new Error(`Tinos font file not found: ${file}`);
    out[face] = file;
  }
  return out;
}
