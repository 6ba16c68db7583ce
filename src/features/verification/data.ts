import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { canAnywhere, meetingReadWhere, type Actor } from "@/server/policy/policy";
import { formatCode, parseCode } from "@/lib/verification/canonical";
import type { PublicCheck, RecordVerification } from "./dto";
import { lastRun, type LastRun } from "./runs";
import { verifyRecord } from "./verify";

/**
 * The public check of a verification code (/xac-thuc, GET /api/v1/verify/{code}): whether a record
 * with that code exists and is intact, and only what identifies it. A link to the record only for a
 * signed-in reader who may read it.
 */
export async function checkCode(input: string, actor: Actor | null): Promise<PublicCheck> {
  const code = parseCode(input);
  if (!code) return { result: "malformed", input };
  const seal = await db().recordSeal.findUnique({ where: { code } });
  if (!seal) return { result: "unknown", code: formatCode(code) };
  const meeting = await db().meeting.findUnique({
    where: { id: seal.meetingId },
    select: { kind: true, startsAt: true, number: true, status: true, unit: { select: { name: true } } },
  });
  const [amendments, latest] = await Promise.all([
    db().amendment.count({ where: { meetingId: seal.meetingId } }),
    db().amendment.findFirst({
      where: { meetingId: seal.meetingId },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  const readable =
    actor && meeting
      ? (await db().meeting.count({ where: { id: seal.meetingId, ...meetingReadWhere(actor) } })) > 0
      : false;
  return {
    result: "found",
    code: formatCode(code),
    intact: meeting ? (await verifyRecord(db(), seal.meetingId)).ok : false,
    exists: Boolean(meeting),
    unit: meeting?.unit.name ?? null,
    kind: meeting?.kind ?? null,
    date: meeting?.startsAt?.toISOString() ?? null,
    number: meeting?.number ?? null,
    approved: meeting?.status === "APPROVED",
    amendments,
    latestAmendmentAt: latest?.createdAt.toISOString() ?? null,
    fingerprint: seal.fingerprint,
    link: readable ? `/meetings/${seal.meetingId}` : null,
  };
}

/** `verification` of GET /api/v1/meetings/{id}: null for a record that is not sealed (drafts). */
export async function recordVerification(meetingId: string): Promise<RecordVerification | null> {
  const seal = await db().recordSeal.findUnique({ where: { meetingId }, select: { code: true, fingerprint: true } });
  if (!seal) return null;
  return {
    code: formatCode(seal.code),
    fingerprint: seal.fingerprint,
    chainOk: (await verifyRecord(db(), meetingId)).ok,
  };
}

/** The code printed on a record's documents, or null when it has none (drafts). */
export async function recordCode(meetingId: string): Promise<string | null> {
  const seal = await db().recordSeal.findUnique({ where: { meetingId }, select: { code: true } });
  return seal ? formatCode(seal.code) : null;
}

/** The last whole-archive check, for those who read the audit log (admins); undefined for others. */
export async function lastVerification(actor: Actor): Promise<LastRun | null | undefined> {
  if (!canAnywhere(actor, "audit.read")) return undefined;
  return lastRun(db());
}

// Public lookups per client address: 30 a minute, then a plain refusal with the wait.
const limiter = new RateLimiterMemory({ points: 30, duration: 60 });

/** Counts one lookup for the address; throws RATE_LIMITED (429) with the seconds to wait when over. */
export async function limitLookups(address: string): Promise<void> {
  try {
    await limiter.consume(address || "unknown");
  } catch (e) {
    const seconds = Math.max(1, Math.ceil(((e as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000));
    throw new AppError("RATE_LIMITED", `Tra cứu quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`, {
      details: { retryAfter: seconds },
    });
  }
}

/** The client address of a request, from the proxy's headers (the app runs behind one) or "local". */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
