"use client";

import { useParams } from "next/navigation";

/**
 * The meeting the editor's choosers look people, units and documents up for. The editor lives at
 * /meetings/{meetingId}/edit, so the address is the one source of it; the lookup routes check on
 * the server that the signed-in account may edit that meeting.
 */
export function useMeetingId(): string {
  const params = useParams<{ meetingId?: string }>();
  return params?.meetingId ?? "";
}
