import "server-only";
import { NextResponse } from "next/server";
import { parseBody } from "@/server/api";
import type { Actor } from "@/server/policy/policy";
import { amendMeeting, approveMeeting, createMeeting, updateMeeting } from "./mutations";
import { listAmendments } from "./data";
import { amendmentSchema, approveMeetingSchema, createMeetingSchema, updateMeetingSchema } from "./schema";

/**
 * The JSON API of drafting (issue contract): the same commands and policy as the pages.
 * Each function takes the caller and the parsed JSON body and returns the response; errors are
 * thrown as AppError and turned into { "error": { code, message, fields } } by apiHandler.
 */

/** POST /api/v1/meetings → 201 with the new draft. Accepts the GET shape; `unit.id` says where. */
export async function postMeeting(actor: Actor, body: unknown) {
  const input = parseBody(createMeetingSchema, body);
  const record = await createMeeting(actor, input);
  return NextResponse.json(record, { status: 201, headers: { Location: `/api/v1/meetings/${record.id}` } });
}

/** PATCH /api/v1/meetings/{id} → 200 with the record; 409 with `current` when the version is stale. */
export async function patchMeeting(actor: Actor, id: string, body: unknown) {
  const input = parseBody(updateMeetingSchema, body);
  return NextResponse.json(await updateMeeting(actor, id, input));
}

/** POST /api/v1/meetings/{id}/approve → 200 with the approved (locked) record. */
export async function postApproval(actor: Actor, id: string, body: unknown) {
  const input = parseBody(approveMeetingSchema, body ?? {});
  return NextResponse.json(await approveMeeting(actor, id, input));
}

/** POST /api/v1/meetings/{id}/amendments → 201 with the amendment. */
export async function postAmendment(actor: Actor, id: string, body: unknown) {
  const input = parseBody(amendmentSchema, body);
  return NextResponse.json(await amendMeeting(actor, id, input), { status: 201 });
}

/** GET /api/v1/meetings/{id}/amendments → the corrections of a record. */
export async function getAmendments(actor: Actor, id: string) {
  return NextResponse.json({ items: await listAmendments(actor, id) });
}
