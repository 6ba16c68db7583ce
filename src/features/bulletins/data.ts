import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, type Actor } from "@/server/policy/policy";
import { getMeeting } from "@/features/meetings";

export interface PublicBulletin {
  slug: string;
  title: string;
  lead: string;
  body: string;
  publishedAt: string;
  viewCount: number;
  unitName: string;
}

/** A published bulletin for the public page; each call counts one view. Unpublished ones do not exist here. */
export async function viewPublishedBulletin(slug: string): Promise<PublicBulletin | null> {
  const counted = await db().bulletin.updateMany({
    where: { slug, status: "PUBLISHED" },
    data: { viewCount: { increment: 1 } },
  });
  if (counted.count === 0) return null;
  const b = await db().bulletin.findUniqueOrThrow({
    where: { slug },
    select: {
      slug: true,
      title: true,
      lead: true,
      body: true,
      publishedAt: true,
      viewCount: true,
      meeting: { select: { unit: { select: { name: true } } } },
    },
  });
  return {
    slug: b.slug,
    title: b.title,
    lead: b.lead,
    body: b.body,
    publishedAt: (b.publishedAt ?? new Date()).toISOString(),
    viewCount: b.viewCount,
    unitName: b.meeting.unit.name,
  };
}

/** Published bulletins, newest first (public). */
export async function listPublishedBulletins(page = 1, pageSize = 20) {
  const where = { status: "PUBLISHED" as const };
  const [rows, total] = await Promise.all([
    db().bulletin.findMany({
      where,
      orderBy: { publishedAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        slug: true,
        title: true,
        lead: true,
        publishedAt: true,
        viewCount: true,
        meeting: { select: { unit: { select: { name: true } } } },
      },
    }),
    db().bulletin.count({ where }),
  ]);
  return {
    items: rows.map((b) => ({
      slug: b.slug,
      title: b.title,
      lead: b.lead,
      publishedAt: (b.publishedAt ?? new Date()).toISOString(),
      viewCount: b.viewCount,
      unitName: b.meeting.unit.name,
    })),
    total,
    page,
    pageSize,
  };
}

/** Bulletins of a meeting for the people who manage them. */
export async function listBulletinsOfMeeting(actor: Actor, meetingId: string) {
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting) throw new AppError("NOT_FOUND", "Không tìm thấy biên bản.");
  const canManage = can(actor, "bulletin.manage", { unitId: meeting.unit.id, unitPath: meeting.unit.path });
  const rows = await db().bulletin.findMany({
    where: { meetingId, ...(canManage ? {} : { status: "PUBLISHED" }) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      lead: true,
      body: true,
      status: true,
      publishedAt: true,
      viewCount: true,
    },
  });
  return { meeting, canManage, items: rows.map((b) => ({ ...b, publishedAt: b.publishedAt?.toISOString() ?? null })) };
}
