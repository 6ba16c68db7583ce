import "server-only";
import { z } from "zod";

/** The default embedded database, relative to the working directory (the repository root). */
export const DEFAULT_DATABASE_URL = "file:./data/sobienban.db";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validated environment, read once. */
export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
