import { describe, expect, it } from "vitest";
import { findPersonMentions, mergePeople } from "./people";
import { prepareText } from "@/lib/vi/text";

const people = (text: string) => mergePeople(findPersonMentions(prepareText(text)));

describe("people", () => {
  it("reads honorifics and title chains split on dashes", () => {
    expect(people("Dự hội nghị có đồng chí Phạm Minh Tuấn – Bí thư Đảng ủy – Giám đốc Công ty.")).toEqual([
      { name: "Phạm Minh Tuấn", titles: ["Bí thư Đảng ủy", "Giám đốc Công ty"] },
    ]);
  });

  it("splits titles on commas and hyphens, and reads names glued to a hyphen", () => {
    expect(people("Đ/c Vũ Huy Cường- Bí thư chi bộ, Trưởng phòng Hành chính phát biểu.")).toEqual([
      { name: "Vũ Huy Cường", titles: ["Bí thư chi bộ", "Trưởng phòng Hành chính"] },
    ]);
  });

  it("drops degrees and military ranks before the name", () => {
    expect(people("Ông PGS.TS Hoàng Văn Nam, Hiệu trưởng nhà trường chủ trì.")).toEqual([
      { name: "Hoàng Văn Nam", titles: ["Hiệu trưởng nhà trường"] },
    ]);
    expect(people("Đồng chí Đại tá Bùi Quang Hải – Chính ủy Bộ Chỉ huy Quân sự tỉnh dự họp.")).toEqual([
      { name: "Bùi Quang Hải", titles: ["Chính ủy Bộ Chỉ huy Quân sự tỉnh"] },
    ]);
    expect(people("Bà ThS. Lý Thu Trang trình bày tham luận.")).toEqual([{ name: "Lý Thu Trang", titles: [] }]);
  });

  it("keeps a miscapitalised name as written and merges its repeats", () => {
    expect(people("Đ/c NGuyễn Thị Lan - chi ủy viên. Sau đó đồng chí Nguyễn Thị Lan phát biểu.")).toEqual([
      { name: "NGuyễn Thị Lan", titles: ["chi ủy viên"] },
    ]);
  });

  it("reads a title before the name, with or without an honorific", () => {
    expect(people("Được sự phân công, đồng chí Phó Bí thư Lê Thị Mai trình bày báo cáo.")).toEqual([
      { name: "Lê Thị Mai", titles: ["Phó Bí thư"] },
    ]);
    expect(people("Phát biểu kết luận, Bí thư Huyện ủy Đinh Công Sơn đề nghị các chi bộ…")).toEqual([
      { name: "Đinh Công Sơn", titles: ["Bí thư Huyện ủy"] },
    ]);
    expect(people("Lớp học có sự giảng dạy của Báo cáo viên Tiến sĩ Trịnh Văn Long.")).toEqual([
      { name: "Trịnh Văn Long", titles: ["Báo cáo viên"] },
    ]);
  });

  it("reads lists after one honorific", () => {
    expect(
      people(
        "Tham dự có các đồng chí: Đỗ Văn Hùng – Bí thư Đảng ủy xã, Trần Thị Hoa – Chủ tịch UBND xã và Ngô Đức Anh – Phó Chủ tịch HĐND xã.",
      ),
    ).toEqual([
      { name: "Đỗ Văn Hùng", titles: ["Bí thư Đảng ủy xã"] },
      { name: "Trần Thị Hoa", titles: ["Chủ tịch UBND xã"] },
      { name: "Ngô Đức Anh", titles: ["Phó Chủ tịch HĐND xã"] },
    ]);
  });

  it("reads titles in parentheses", () => {
    expect(people("Chủ trì: đồng chí Dương Văn Bình (Bí thư Chi bộ). Thư ký: đồng chí Lưu Thị Hạnh.")).toEqual([
      { name: "Dương Văn Bình", titles: ["Bí thư Chi bộ"] },
      { name: "Lưu Thị Hạnh", titles: [] },
    ]);
  });

  it("does not take places, ideas or bylines for people", () => {
    expect(people("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")).toEqual([]);
    expect(people("Đoàn công tác của Bí thư Tỉnh ủy Lâm Đồng đến thăm.")).toEqual([]);
    expect(people("Chuyến đi tham quan tại Ba Vì, Hà Nội.\n\nTrần Hoàng")).toEqual([]);
    expect(people("Các đồng chí trong Ban Chấp hành và bà con nhân dân tham dự.")).toEqual([]);
  });

  it("stops a place name before the name that follows it", () => {
    expect(people("Phát biểu chỉ đạo, Phó Bí thư Tỉnh ủy Lâm Đồng Trần Văn Hiệp nêu rõ…")).toEqual([
      { name: "Trần Văn Hiệp", titles: ["Phó Bí thư Tỉnh ủy Lâm Đồng"] },
    ]);
  });
});
