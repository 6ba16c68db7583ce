import { headers } from "next/headers";
import { getActor } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { checkCode, clientAddress, limitLookups } from "@/features/verification/data";
import type { PublicCheck } from "@/features/verification/dto";

/** One rate-limited lookup for the public pages: the answer, or the Vietnamese refusal when over the limit. */
export async function lookup(input: string): Promise<{ check: PublicCheck } | { refused: string }> {
  try {
    await limitLookups(clientAddress(await headers()));
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") return { refused: e.message };
    throw e;
  }
  return { check: await checkCode(input, await getActor()) };
}
