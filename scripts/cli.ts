/**
 * Command line of Sổ Biên Bản. `npm run -s cli -- <command> [args]`.
 * Commands are a small table: add one by adding an entry.
 */
import { extractMeeting } from "@/features/import/parse";
import { InputError, readInputText } from "@/features/import/read-input";
import { generateArchive, NotEmptyError } from "./generate";
import { sealCommand, verifyCommand } from "./verify-commands";

interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Exit codes: 0 done, 1 a check found a break (verify), 2 bad input or usage. */
const EXIT_OK = 0;
const EXIT_USAGE = 2;

function fail(vi: string, en: string): number {
  process.stderr.write(`Lỗi: ${vi}\nError: ${en}\n`);
  return EXIT_USAGE;
}

/** `--name value` options; anything else is an error naming it. */
function options(args: string[], names: readonly string[]): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, "");
    if (!args[i].startsWith("--") || !names.includes(name) || args[i + 1] === undefined) return args[i];
    out[name] = args[i + 1];
  }
  return out;
}

async function generate(args: string[]): Promise<number> {
  const o = options(args, ["meetings", "database", "seed", "batch"]);
  if (typeof o === "string") return fail(`tham số không hợp lệ: ${o}.`, `invalid argument: ${o}.`);
  const meetings = Number((o.meetings ?? "").replace(/_/g, ""));
  const seed = Number(o.seed ?? 1);
  if (!Number.isInteger(meetings) || meetings < 1)
    return fail("--meetings phải là số nguyên dương.", "--meetings must be a positive integer.");
  if (!Number.isInteger(seed)) return fail("--seed phải là số nguyên.", "--seed must be an integer.");
  const url = o.database ?? process.env.DATABASE_URL ?? "file:./data/sobienban.db";
  const tty = process.stderr.isTTY;
  try {
    const result = await generateArchive({
      url,
      meetings,
      seed,
      batch: o.batch ? Number(o.batch) : undefined,
      onProgress: tty ? (done, total) => process.stderr.write(`\r  … ${done}/${total}`) : undefined,
    });
    if (tty) process.stderr.write("\r\x1b[K");
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof NotEmptyError)
      return fail(
        `cơ sở dữ liệu đã có dữ liệu (bảng ${e.table}); hãy dùng một cơ sở dữ liệu trống.`,
        `the database is not empty (table ${e.table}); use an empty database.`,
      );
    throw e;
  }
}

const commands: Record<string, Command> = {
  seal: {
    usage: "seal",
    summary: "Niêm phong biên bản đã thông qua chưa có dấu vân tay / Seal approved records without a fingerprint",
    run: sealCommand,
  },
  verify: {
    usage: "verify [--unit ID]",
    summary: "Kiểm tra dấu vân tay và chuỗi của kho (exit 1 khi có chỗ đứt) / Verify fingerprints and chains",
    run: verifyCommand,
  },
  generate: {
    usage: "generate --meetings N [--database URL] [--seed S]",
    summary: "Sinh kho biên bản mẫu vào CSDL trống / Generate an archive into an empty database",
    run: generate,
  },
  extract: {
    usage: "extract <file.txt|file.docx>",
    summary: "Trích xuất biên bản thành JSON / Extract a meeting text to JSON",
    async run(args) {
      if (args.length !== 1)
        return fail("cần đúng một tệp: extract <tệp>.", "expected exactly one file: extract <file>.");
      try {
        const text = await readInputText(args[0]);
        process.stdout.write(`${JSON.stringify(extractMeeting(text), null, 2)}\n`);
        return EXIT_OK;
      } catch (e) {
        if (e instanceof InputError) return fail(e.message, e.english);
        throw e;
      }
    },
  },
};

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(50)} ${c.summary}`);
  return `Cách dùng / Usage: npm run -s cli -- <lệnh/command> [tham số/args]\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Lỗi: không có lệnh “${name}”.\nError: unknown command “${name}”.\n${usage()}`);
    return EXIT_USAGE;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
