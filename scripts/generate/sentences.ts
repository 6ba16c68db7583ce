/**
 * The sentence bank of the generated archive, written for this project in our own words (never
 * copied from ../shared). Sentences carry slots filled per record:
 *   {topic}  a topic of the meeting, lower case   {pct}  a percentage   {n}  a small number
 *   {unit}   the unit holding the meeting          {month}  the next month
 */

/** What was done: the body of reports on the month, the quarter or the year. */
export const RESULTS = [
  "Chi bộ đã lãnh đạo cán bộ, đảng viên hoàn thành tốt nhiệm vụ chính trị được giao trong tháng.",
  "Đảng viên trong {unit} giữ vững lập trường tư tưởng, đoàn kết, thống nhất trong lãnh đạo và chỉ đạo thực hiện nhiệm vụ.",
  "Công tác giáo dục chính trị, tư tưởng được duy trì thường xuyên, bám sát kế hoạch của cấp ủy cấp trên.",
  "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ chuyên môn của từng đồng chí.",
  "Chi bộ đã quán triệt kịp thời các văn bản chỉ đạo của cấp trên đến toàn thể đảng viên, không để sót người.",
  "Công tác kiểm tra, giám sát được tiến hành đúng chương trình đã đề ra, không phát hiện đảng viên vi phạm.",
  "Các đoàn thể chính trị – xã hội hoạt động nền nếp, tạo sự đồng thuận trong cán bộ, đảng viên và quần chúng.",
  "Tỷ lệ đảng viên dự sinh hoạt đạt {pct}%, nội dung sinh hoạt thiết thực, sát với tình hình thực tế của đơn vị.",
  "Đã giới thiệu {n} quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng.",
  "Việc thu, nộp đảng phí được thực hiện đầy đủ, đúng thời hạn và đúng quy định.",
  "Chi bộ chỉ đạo đẩy mạnh cải cách hành chính, rút ngắn thời gian giải quyết hồ sơ cho người dân.",
  "Đơn vị đã hoàn thành {pct}% chỉ tiêu kế hoạch năm, một số chỉ tiêu vượt mức đề ra.",
  "Phong trào thi đua yêu nước được phát động rộng khắp, thu hút đông đảo cán bộ, đoàn viên, hội viên tham gia.",
  "Công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững.",
  "Chi bộ đã tổ chức thành công chuyên đề về {topic}, có {n} ý kiến tham gia đóng góp.",
  "Việc ứng dụng công nghệ thông tin trong quản lý hồ sơ đảng viên bước đầu mang lại hiệu quả.",
  "Đảng viên được phân công nhiệm vụ cụ thể, có sản phẩm rõ ràng và được đánh giá hằng tháng.",
  "Chi ủy đã duy trì chế độ họp định kỳ, chuẩn bị chu đáo nội dung trước mỗi kỳ sinh hoạt.",
  "Công tác dân vận được quan tâm, nắm bắt kịp thời tâm tư, nguyện vọng của nhân dân.",
  "Kết quả thu ngân sách trên địa bàn đạt {pct}% dự toán, bảo đảm chi thường xuyên cho các hoạt động.",
  "Phong trào xây dựng nông thôn mới được nhân dân đồng tình hưởng ứng, đã làm mới {n} tuyến đường thôn.",
  "Đội ngũ giáo viên tích cực đổi mới phương pháp dạy học, chất lượng giáo dục toàn diện được nâng lên.",
  "Tỷ lệ học sinh lên lớp đạt {pct}%, không có học sinh bỏ học giữa chừng.",
  "Công tác khám, chữa bệnh cho nhân dân được bảo đảm, không để xảy ra sai sót chuyên môn.",
  "Lực lượng dân quân tự vệ được huấn luyện đúng kế hoạch, sẵn sàng ứng phó các tình huống.",
  "Chi bộ đã chỉ đạo tổ chức tốt các hoạt động kỷ niệm các ngày lễ lớn của đất nước.",
  "Công tác phòng, chống tham nhũng, lãng phí được triển khai nghiêm túc, công khai minh bạch các khoản thu chi.",
  "Việc thực hiện quy chế dân chủ ở cơ sở có chuyển biến rõ nét, các ý kiến của người lao động được tiếp thu.",
  "Đảng viên gương mẫu thực hiện nếp sống văn minh, tham gia tích cực các hoạt động tại nơi cư trú.",
  "Chi bộ đã hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ tới.",
];

/** Shortcomings, in reports and in members' opinions. */
export const LIMITS = [
  "Bên cạnh những kết quả đạt được, chi bộ vẫn còn một số hạn chế cần khắc phục trong thời gian tới.",
  "Một số đảng viên chưa thật sự chủ động trong việc nghiên cứu, học tập các văn bản mới.",
  "Nội dung sinh hoạt có lúc còn dàn trải, chưa dành nhiều thời gian cho thảo luận.",
  "Việc phê bình và tự phê bình ở một số buổi sinh hoạt chưa thật sự thẳng thắn.",
  "Tiến độ triển khai một số nhiệm vụ còn chậm so với kế hoạch, nhất là các việc cần phối hợp nhiều bộ phận.",
  "Công tác tuyên truyền trên mạng xã hội còn mỏng, chưa thu hút được giới trẻ.",
  "Tỷ lệ đảng viên trẻ còn thấp, nguồn kết nạp đảng viên mới chưa nhiều.",
  "Cơ sở vật chất phục vụ hoạt động chuyên môn còn thiếu, một số thiết bị đã xuống cấp.",
  "Việc cập nhật hồ sơ, sổ sách của chi bộ có lúc chưa kịp thời.",
  "Sự phối hợp giữa chi bộ với các đoàn thể đôi khi chưa chặt chẽ.",
  "Vẫn còn {n} đồng chí vắng sinh hoạt không báo cáo trước với chi ủy.",
  "Một vài phần việc được giao chưa có sản phẩm cụ thể để đánh giá.",
];

/** What comes next: directions and tasks. */
export const DIRECTIONS = [
  "Trong tháng {month}, chi bộ tập trung lãnh đạo hoàn thành các chỉ tiêu còn lại của kế hoạch năm.",
  "Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với {topic}.",
  "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong quý tới.",
  "Chi ủy phân công đảng viên theo dõi, giúp đỡ quần chúng ưu tú để xem xét kết nạp.",
  "Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ được giao của từng đảng viên.",
  "Chuẩn bị chu đáo nội dung sinh hoạt chuyên đề quý tới về {topic}.",
  "Đôn đốc hoàn thành việc thu, nộp đảng phí và cập nhật hồ sơ đảng viên trên hệ thống.",
  "Phối hợp với các đoàn thể tổ chức các hoạt động chào mừng các ngày lễ lớn.",
  "Rà soát các nhiệm vụ còn tồn đọng, báo cáo kết quả tại kỳ sinh hoạt tới.",
  "Đẩy mạnh ứng dụng chuyển đổi số trong quản lý, điều hành và sinh hoạt chi bộ.",
  "Làm tốt công tác nắm bắt tư tưởng, kịp thời giải quyết những vấn đề mới nảy sinh.",
  "Tổ chức cho đảng viên tự kiểm điểm, đối chiếu với những điều đảng viên không được làm.",
  "Thực hiện nghiêm chế độ thông tin, báo cáo với cấp ủy cấp trên.",
  "Vận động nhân dân tham gia giữ gìn vệ sinh môi trường, xây dựng cảnh quan sáng, xanh, sạch, đẹp.",
];

/** Members' opinions in the discussion. */
export const OPINIONS = [
  "Tôi nhất trí với báo cáo của chi ủy và đề nghị bổ sung thêm kết quả của các đoàn thể.",
  "Đề nghị chi bộ quan tâm hơn nữa đến việc bồi dưỡng lý luận chính trị cho đảng viên trẻ.",
  "Báo cáo đã phản ánh đúng tình hình, tuy nhiên phần hạn chế cần chỉ rõ nguyên nhân chủ quan.",
  "Đề nghị phân công cụ thể người chịu trách nhiệm và thời hạn hoàn thành cho từng nhiệm vụ.",
  "Tôi đề xuất chi bộ tổ chức trao đổi kinh nghiệm với các chi bộ bạn về {topic}.",
  "Đồng chí đề nghị chi ủy sớm có hướng dẫn cụ thể để đảng viên thực hiện thống nhất.",
  "Cần đánh giá thực chất hơn mức độ hoàn thành nhiệm vụ của từng đảng viên, tránh nể nang.",
  "Đề nghị nhà trường quan tâm đầu tư thêm trang thiết bị cho các phòng học bộ môn.",
  "Tôi thấy việc sinh hoạt chuyên đề đã đi vào nền nếp, đảng viên được nói nhiều hơn.",
  "Đề nghị các đồng chí đảng viên gương mẫu đi đầu trong việc thực hiện nếp sống văn minh.",
  "Ý kiến tán thành với phương hướng tháng tới và đề nghị bổ sung nhiệm vụ tuyên truyền.",
  "Tôi xin nhận trách nhiệm về việc chậm tiến độ và cam kết hoàn thành trong tháng {month}.",
  "Cần tăng cường kỷ luật, kỷ cương hành chính, xử lý nghiêm các trường hợp vi phạm giờ giấc.",
  "Đề nghị chi bộ có hình thức biểu dương kịp thời những đảng viên có thành tích tiêu biểu.",
  "Việc quán triệt văn bản mới nên kết hợp trao đổi, liên hệ thực tế để đảng viên dễ thực hiện.",
  "Tôi đề nghị đưa nội dung phòng, chống thiên tai vào chương trình công tác của chi bộ.",
  "Đồng chí phản ánh một số ý kiến của nhân dân về tiến độ giải phóng mặt bằng.",
  "Ý kiến đề nghị làm rõ thêm trách nhiệm của người đứng đầu trong các việc còn chậm.",
  "Đề nghị tổ chức đối thoại với người lao động để tháo gỡ các vướng mắc.",
  "Tôi đồng ý với dự thảo nghị quyết và đề nghị thông qua.",
];

/** Longer contributions (tham luận). */
export const CONTRIBUTIONS = [
  "Qua thực tiễn công tác, chúng tôi rút ra bài học là phải bám sát cơ sở, lắng nghe ý kiến của quần chúng.",
  "Để nâng cao chất lượng sinh hoạt chi bộ, cần chuẩn bị nội dung kỹ lưỡng và khơi gợi được thảo luận.",
  "Việc gắn {topic} với nhiệm vụ chuyên môn giúp đảng viên thấy rõ trách nhiệm của mình.",
  "Đơn vị chúng tôi đã triển khai mô hình mỗi đảng viên một việc làm tốt, bước đầu có kết quả.",
  "Người đứng đầu phải nêu gương, nói đi đôi với làm, thì mới tạo được sự chuyển biến.",
  "Chúng tôi kiến nghị cấp trên sớm ban hành hướng dẫn để cơ sở thống nhất cách làm.",
  "Thời gian tới, chúng tôi sẽ tiếp tục đổi mới cách thức tuyên truyền cho phù hợp với từng đối tượng.",
  "Kinh nghiệm cho thấy, việc kiểm tra, đôn đốc thường xuyên là điều kiện để nhiệm vụ được hoàn thành.",
];

/** A superior's guidance (phát biểu chỉ đạo). */
export const GUIDANCE = [
  "Đồng chí ghi nhận, biểu dương những kết quả mà {unit} đã đạt được trong thời gian qua.",
  "Đề nghị chi bộ tiếp tục đổi mới nội dung, hình thức sinh hoạt, tăng tính lãnh đạo và tính chiến đấu.",
  "Cấp ủy cần quan tâm hơn đến công tác tạo nguồn, phát triển đảng viên trong thời gian tới.",
  "Đồng chí lưu ý chi bộ làm tốt công tác chuẩn bị nhân sự và văn kiện cho nhiệm kỳ mới.",
  "Đề nghị tập trung khắc phục dứt điểm các hạn chế đã được chỉ ra trong kỳ kiểm điểm trước.",
  "Mỗi cán bộ, đảng viên phải là một tuyên truyền viên tích cực về {topic}.",
];

/** The chair's conclusion. */
export const CONCLUSIONS = [
  "Chi bộ thống nhất đánh giá kết quả thực hiện nhiệm vụ như báo cáo đã trình bày.",
  "Đồng chí chủ trì tiếp thu các ý kiến phát biểu và giao chi ủy hoàn chỉnh phương hướng tháng tới.",
  "Chi bộ thống nhất giao nhiệm vụ cụ thể cho từng đảng viên, báo cáo kết quả tại kỳ sinh hoạt sau.",
  "Yêu cầu các đồng chí đảng viên nghiêm túc thực hiện các nội dung đã được chi bộ thống nhất.",
  "Chi bộ thống nhất đề nghị cấp ủy cấp trên xem xét kết nạp quần chúng ưu tú vào Đảng.",
  "Hội nghị thống nhất các giải pháp trọng tâm để thực hiện thắng lợi nhiệm vụ năm.",
  "Giao đồng chí Phó Bí thư theo dõi, đôn đốc việc thực hiện và báo cáo chi bộ.",
];

/** Tasks handed out at the end of a meeting. */
export const TASKS = [
  "Hoàn thiện báo cáo kết quả thực hiện nhiệm vụ quý, gửi cấp ủy cấp trên",
  "Tổ chức sinh hoạt chuyên đề về {topic}",
  "Rà soát, cập nhật hồ sơ đảng viên trên hệ thống quản lý",
  "Giúp đỡ quần chúng ưu tú hoàn thiện hồ sơ đề nghị kết nạp",
  "Thu, nộp đảng phí quý và báo cáo chi ủy",
  "Chuẩn bị nội dung kiểm điểm, đánh giá, xếp loại đảng viên cuối năm",
  "Tuyên truyền, phổ biến nghị quyết mới đến quần chúng",
  "Kiểm tra việc thực hiện nhiệm vụ của các tổ chuyên môn",
  "Phối hợp tổ chức hoạt động kỷ niệm ngày thành lập Đảng",
  "Khắc phục các hạn chế đã chỉ ra trong kỳ kiểm điểm",
];

/** A rare word: only a few records of autumn 2024 have it (the rare-word search of the benchmarks). */
export const RARE_WORD = "Yagi";
export const RARE_SENTENCE =
  "Chi bộ đã vận động đảng viên quyên góp ủng hộ đồng bào bị thiệt hại do cơn bão Yagi gây ra.";
