import { beforeAll, describe, expect, it } from "vitest";
import { createBulletin, setBulletinPublished, updateBulletin } from "@/features/bulletins/mutations";
import { listBulletinsOfMeeting, listPublishedBulletins, viewPublishedBulletin } from "@/features/bulletins/data";
import { generateBulletin } from "@/features/bulletins/generate";
import { getMeeting } from "@/features/meetings/data";
import { actorOf, meetingId, seeded, snapshot } from "../../helpers/db";

const SCHOOL_CONF =
  "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023";
const KHOI_CONF = "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)";

beforeAll(async () => {
  await seeded();
});

describe("generating a bulletin", () => {
  it("writes the school conference in the register of the seed article", async () => {
    const m = await getMeeting(await actorOf("admin"), await meetingId(SCHOOL_CONF));
    const b = generateBulletin(m!);
    expect(b.title).toBe(SCHOOL_CONF);
    expect(b.lead).toBe(
      "Sáng ngày 26/7/2023, Đảng bộ trường Cao đẳng Kinh tế – Kỹ thuật Tô Hiệu Hưng Yên tổ chức hội nghị sơ " +
        "kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023.",
    );
    expect(b.body).toContain(
      "Tham dự Hội nghị có đồng chí Trần Thanh Liêm – Bí thư Đảng ủy – Hiệu trưởng nhà trường; cùng 22/24 đảng viên.",
    );
    expect(b.body).toContain(
      "Hội nghị đã nghe đồng chí Đào Hồng Ngọc – Phó Bí thư Đảng ủy – Phó Hiệu trưởng nhà trường trình bày báo cáo sơ kết công tác Đảng 6 tháng đầu năm 2023.",
    );
    expect(b.body).toContain("Bên cạnh đó, vẫn còn một số hạn chế cần khắc phục như: tuyển sinh còn nhiều khó khăn");
    expect(b.body).toContain("Xây dựng chi bộ Đảng trong sạch, vững mạnh của chi bộ Tổ chức – Hành chính");
    expect(b.body).toContain(
      "Bế mạc Hội nghị, đồng chí Trần Thanh Liêm – Bí thư Đảng ủy – Hiệu trưởng nhà trường phát biểu: ghi nhận kết quả và nỗ lực của toàn Đảng bộ",
    );
    expect(b.body).toContain(
      "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Đề án số 06 của Ủy ban Thường vụ Huyện ủy Khoái Châu",
    );
  });

  it("names the guest and the guiding speech of the Khối conference", async () => {
    const m = await getMeeting(await actorOf("admin"), await meetingId(KHOI_CONF));
    const b = generateBulletin(m!);
    expect(b.body).toContain(
      "Tham dự Hội nghị có đồng chí Nguyễn Văn Phong – Ủy viên Ban Thường vụ – Trưởng ban Tuyên giáo Thành ủy",
    );
    expect(b.body).toContain("Phát biểu chỉ đạo tại Hội nghị, đồng chí Nguyễn Văn Phong");
    expect(b.body).toContain("Nghị quyết Hội nghị Trung ương 4 khóa XII của Ban Chấp hành Trung ương");
    expect(b.body).toContain(
      "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng; Nghị quyết Đại hội đại biểu Đảng bộ " +
        "thành phố Hà Nội lần thứ XVI; 8 chương trình công tác lớn của Thành ủy",
    );
    expect(b.body).toContain("Hội nghị đã biểu quyết thông qua báo cáo sơ kết giữa nhiệm kỳ");
  });
});

describe("editing, publishing and the public page", () => {
  it("stays private until published, then counts views", async () => {
    const thuky = await actorOf("thuky");
    const id = await meetingId("Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023");
    const { id: bulletinId, slug } = await createBulletin(thuky, id);
    expect(await viewPublishedBulletin(slug)).toBeNull();
    expect((await listPublishedBulletins()).total).toBe(0);

    await updateBulletin(thuky, bulletinId, {
      title: "Chi bộ Tổ chức – Hành chính sinh hoạt tháng 7",
      lead: "Chiều 5/7/2023, Chi bộ Tổ chức – Hành chính sinh hoạt thường kỳ.",
      body: "Chi bộ hoàn thành tốt nhiệm vụ.",
    });
    await setBulletinPublished(thuky, bulletinId, true);
    const first = await viewPublishedBulletin(slug);
    const second = await viewPublishedBulletin(slug);
    expect(first).toMatchObject({ title: "Chi bộ Tổ chức – Hành chính sinh hoạt tháng 7", viewCount: 1 });
    expect(second?.viewCount).toBe(2);
    expect((await listPublishedBulletins()).items.map((b) => b.slug)).toEqual([slug]);

    await setBulletinPublished(thuky, bulletinId, false);
    expect(await viewPublishedBulletin(slug)).toBeNull();
  });

  it("is written only from approved records, by those who manage the unit's records", async () => {
    const before = await snapshot();
    await expect(
      createBulletin(await actorOf("thuky"), await meetingId("Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023")),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createBulletin(await actorOf("dangvien"), await meetingId(SCHOOL_CONF))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createBulletin(await actorOf("thuky"), await meetingId(SCHOOL_CONF))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createBulletin(await actorOf("dangvien"), await meetingId(KHOI_CONF))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
    const view = await listBulletinsOfMeeting(await actorOf("dangvien"), await meetingId(SCHOOL_CONF));
    expect(view.canManage).toBe(false);
  });
});
