/**
 * When the minutes were adopted. Party minutes are read back and adopted at the end of the meeting,
 * so the approval defaults to the meeting's end (or its start when no end was written), never to the
 * moment of the click; the time may be edited but not set before the start nor in the future.
 * Pure: the approval dialog and the approval command both use it.
 */

interface Times {
  startsAt: string | Date | null;
  endsAt: string | Date | null;
}

const toDate = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

/** The default time of adoption: the meeting's end, else its start, at most now. */
export function defaultAdoptionTime(m: Times, now: Date = new Date()): Date {
  const at = toDate(m.endsAt) ?? toDate(m.startsAt) ?? now;
  return at.getTime() > now.getTime() ? now : at;
}

/** Why this time of adoption is refused (Vietnamese), or null when it is acceptable. */
export function adoptionTimeError(at: Date, m: Times, now: Date = new Date()): string | null {
  if (Number.isNaN(at.getTime())) return "Thời điểm thông qua không hợp lệ.";
  const start = toDate(m.startsAt);
  if (start && at.getTime() < start.getTime()) return "Thời điểm thông qua không được trước giờ bắt đầu cuộc họp.";
  // a minute of grace: the dialog's clock and the server's may differ slightly
  if (at.getTime() > now.getTime() + 60_000) return "Thời điểm thông qua không được ở tương lai.";
  return null;
}
