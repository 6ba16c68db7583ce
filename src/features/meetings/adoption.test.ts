import { describe, expect, it } from "vitest";
import { adoptionTimeError, defaultAdoptionTime } from "./adoption";

const now = new Date("2026-12-02T10:00:00Z");
const held = { startsAt: "2026-02-05T07:00:00Z", endsAt: "2026-02-05T09:30:00Z" };

describe("time of adoption of the minutes", () => {
  it("defaults to the meeting's end, else its start, never to the click", () => {
    expect(defaultAdoptionTime(held, now).toISOString()).toBe("2026-02-05T09:30:00.000Z");
    expect(defaultAdoptionTime({ ...held, endsAt: null }, now).toISOString()).toBe("2026-02-05T07:00:00.000Z");
    // a meeting that starts later than now (clock skew, typed ahead): at most now
    expect(defaultAdoptionTime({ startsAt: "2027-01-01T00:00:00Z", endsAt: null }, now)).toEqual(now);
  });

  it("may be edited, but not before the start nor in the future", () => {
    expect(adoptionTimeError(new Date("2026-02-05T10:00:00Z"), held, now)).toBeNull();
    expect(adoptionTimeError(new Date("2026-02-05T06:59:00Z"), held, now)).toBe(
      "Thời điểm thông qua không được trước giờ bắt đầu cuộc họp.",
    );
    expect(adoptionTimeError(new Date("2026-12-03T10:00:00Z"), held, now)).toBe(
      "Thời điểm thông qua không được ở tương lai.",
    );
    expect(adoptionTimeError(new Date("x"), held, now)).toBe("Thời điểm thông qua không hợp lệ.");
  });
});
