/**
 * `Content-Disposition` for downloads named in Vietnamese: an ASCII `filename` for old clients and
 * an RFC 5987 / RFC 6266 `filename*=UTF-8''…` with the real name. Pure; no "server-only".
 */

/** RFC 5987 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else is percent-encoded. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value.normalize("NFC")).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function asciiFallback(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return ascii || "download";
}

export function contentDisposition(fileName: string, asciiFileName: string, extension: string): string {
  const ascii = `${asciiFallback(asciiFileName)}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(`${fileName}.${extension}`)}`;
}
