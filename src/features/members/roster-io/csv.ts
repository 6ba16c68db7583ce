/**
 * A small RFC 4180 CSV reader: quoted fields (with "" for a quote, commas and line breaks inside),
 * CRLF / LF / CR line ends, a UTF-8 byte-order mark, and the delimiter guessed from the header
 * line (Excel in a Vietnamese locale saves with ";"). Pure; no dependencies.
 */

export type Delimiter = "," | ";" | "\t";

/** The delimiter that occurs most often outside quotes in the first line (comma on a tie). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts[c]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

export interface CsvResult {
  rows: string[][];
  delimiter: Delimiter;
}

/** Parses CSV text into rows of fields. Blank lines are kept as rows with one empty field so line numbers stay true. */
export function parseCsv(input: string, delimiter?: Delimiter): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const d = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === d) {
      endField();
      i++;
    } else if (c === "\r") {
      endRow();
      i += text[i + 1] === "\n" ? 2 : 1;
    } else if (c === "\n") {
      endRow();
      i++;
    } else {
      field += c;
      i++;
    }
  }
  // a final line without a line break (but not the empty remainder after the last one)
  if (field !== "" || row.length > 0 || quoted) endRow();
  return { rows, delimiter: d };
}

/** One CSV line per row, RFC 4180 quoting, CRLF. */
export function toCsvText(rows: string[][], delimiter: Delimiter = ","): string {
  const cell = (v: string) => (v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${rows.map((r) => r.map(cell).join(delimiter)).join("\r\n")}\r\n`;
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe (OWASP "CSV injection"); the import strips it again.
 */
export function defuseCsvCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
