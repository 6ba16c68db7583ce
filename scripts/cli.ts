/**
 * Command line of Sổ Biên Bản. `npm run -s cli -- <command> [args]`.
 * Commands are a small table: add one by adding an entry.
 */
import { extractMeeting } from "@/features/import/parse";
import { InputError, readInputText } from "@/features/import/read-input";

interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Exit codes: 0 done, 2 bad input or usage. */
const EXIT_OK = 0;
const EXIT_USAGE = 2;

function fail(vi: string, en: string): number {
  process.stderr.write(`Lỗi: ${vi}\nError: ${en}\n`);
  return EXIT_USAGE;
}

const commands: Record<string, Command> = {
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
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(34)} ${c.summary}`);
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
