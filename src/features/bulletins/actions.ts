"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/server/action";
import { createBulletin, setBulletinPublished, updateBulletin } from "./mutations";
import { bulletinTextSchema } from "./schema";

const id = z.string().min(1).max(64);

export async function createBulletinAction(meetingId: string): Promise<ActionState<{ id: string }>> {
  const state = await runAction(
    { meetingId },
    z.object({ meetingId: id }),
    async (actor, d) => createBulletin(actor, d.meetingId),
    {
      revalidate: [`/meetings/${meetingId}/bulletin`],
    },
  );
  if (state.status === "ok") redirect(`/meetings/${meetingId}/bulletin`);
  return state;
}

export async function saveBulletinAction(
  bulletinId: string,
  meetingId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, bulletinTextSchema, (actor, d) => updateBulletin(actor, id.parse(bulletinId), d), {
    revalidate: [`/meetings/${meetingId}/bulletin`, "/ban-tin"],
    message: "Đã lưu bản tin.",
  });
}

export async function publishBulletinAction(
  bulletinId: string,
  meetingId: string,
  published: boolean,
): Promise<ActionState> {
  return runAction(
    { published },
    z.object({ published: z.boolean() }),
    (actor, d) => setBulletinPublished(actor, id.parse(bulletinId), d.published),
    {
      revalidate: [`/meetings/${meetingId}/bulletin`, "/ban-tin"],
      message: published ? "Đã đăng bản tin." : "Đã gỡ bản tin.",
    },
  );
}
