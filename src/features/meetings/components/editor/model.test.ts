import { describe, expect, it } from "vitest";
import { updateMeetingSchema } from "../../schema";
import { applyMerge, planMerge, toInput, type DraftState } from "./model";

const base: DraftState = {
  kind: "THUONG_KY",
  title: "Sinh hoạt chi bộ thường kỳ tháng 9 năm 2023",
  summary: "",
  number: "",
  startsAt: "2023-09-06T14:00",
  endsAt: "",
  place: "Phòng họp tầng 2",
  chair: { memberId: "m1", name: "Lê Văn Thắng", title: "" },
  secretary: null,
  combined: false,
  opening: "",
  closing: "",
  rating: "",
  attendance: [
    { memberId: "m1", name: "Lê Văn Thắng", title: "", status: "PRESENT", reason: "" },
    { memberId: null, name: "Nguyễn Văn Phong", title: "Đảng ủy viên", status: "GUEST", reason: "" },
  ],
  agenda: [
    { title: "Thông tin thời sự", content: "" },
    { title: "", content: "" },
  ],
  reports: [],
  speeches: [],
  directives: [{ directiveId: null, raw: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", label: "", note: "" }],
  conclusions: ["", "Hoàn thành nhiệm vụ."],
  resolutions: [{ title: "Thông qua nhiệm vụ tháng 9", content: "", for: 5, against: 0, abstain: 0 }],
  tasks: [
    {
      title: "Nộp báo cáo",
      owner: { memberId: null, name: "Phạm Thị Lan", title: "" },
      dueOn: "2023-09-30",
      status: "OPEN",
    },
  ],
};

describe("editor model", () => {
  it("turns the form into a payload the server's schema accepts, dropping empty rows", () => {
    const parsed = updateMeetingSchema.safeParse(toInput(base, 3));
    expect(parsed.success).toBe(true);
    const data = parsed.data!;
    expect(data.version).toBe(3);
    expect(data.agenda).toHaveLength(1);
    expect(data.conclusions).toEqual([{ content: "Hoàn thành nhiệm vụ." }]);
    expect(data.attendance?.entries[1]).toMatchObject({
      memberId: null,
      name: "Nguyễn Văn Phong",
      status: "GUEST",
      title: "Đảng ủy viên",
    });
    expect(data.startsAt?.toISOString()).toBe("2023-09-06T07:00:00.000Z");
  });

  it("merges by field: their changes come in, mine stay, clashes are listed", () => {
    const mine = { ...base, place: "Phòng họp tầng 3", conclusions: ["Kết luận của tôi"] };
    const theirs = { ...base, title: "Sinh hoạt chi bộ tháng 9", conclusions: ["Kết luận của người khác"] };
    const plan = planMerge(base, mine, theirs);
    expect(plan).toEqual({ conflicts: ["conclusions"], theirs: ["title"], mine: ["place"] });
    const keepMine = applyMerge(mine, theirs, plan, {});
    expect(keepMine).toMatchObject({
      title: "Sinh hoạt chi bộ tháng 9",
      place: "Phòng họp tầng 3",
      conclusions: ["Kết luận của tôi"],
    });
    const takeTheirs = applyMerge(mine, theirs, plan, { conclusions: "theirs" });
    expect(takeTheirs.conclusions).toEqual(["Kết luận của người khác"]);
    expect(takeTheirs.place).toBe("Phòng họp tầng 3");
  });

  it("does not call identical edits a clash", () => {
    const mine = { ...base, place: "Hội trường" };
    const theirs = { ...base, place: "Hội trường" };
    expect(planMerge(base, mine, theirs)).toEqual({ conflicts: [], theirs: [], mine: ["place"] });
  });
});
