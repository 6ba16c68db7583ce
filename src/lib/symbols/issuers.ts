/**
 * Issuers of documents ("của Bộ Chính trị"): central bodies get their full canonical name (the
 * text may write "Bộ chính trị", "BCT", "BCH TW Đảng"); other bodies are kept as written.
 */
import type { PreparedText } from "../vi/text";
import { capitalizeFirst } from "../vi/text";

interface CentralBody {
  re: RegExp;
  name: string;
  /** Keep a following "Đảng" when the text writes it ("Ban Chấp hành Trung ương Đảng"). */
  keepDang: boolean;
}

const TW = "(?:trung\\s+ương|tw|tư)";
const central = (source: string, name: string, keepDang = false): CentralBody => ({
  re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, "uy"),
  name,
  keepDang,
});

/** Order matters: longer names first. */
export const CENTRAL_BODIES: readonly CentralBody[] = [
  central(`ban\\s+tuyên\\s+giáo\\s+và\\s+dân\\s+vận\\s+${TW}`, "Ban Tuyên giáo và Dân vận Trung ương", true),
  central(`bộ\\s+chính\\s+trị|bct`, "Bộ Chính trị"),
  central(`ban\\s+bí\\s+thư|bbt`, "Ban Bí thư"),
  central(`ban\\s+chấp\\s+hành\\s+${TW}|bch\\s*${TW}`, "Ban Chấp hành Trung ương", true),
  central(`ban\\s+tổ\\s+chức\\s+${TW}|btc\\s*tw`, "Ban Tổ chức Trung ương", true),
  central(`ban\\s+tuyên\\s+giáo\\s+${TW}|btg\\s*tw`, "Ban Tuyên giáo Trung ương", true),
  central(`ban\\s+dân\\s+vận\\s+${TW}|bdv\\s*tw`, "Ban Dân vận Trung ương", true),
  central(`ban\\s+kinh\\s+tế\\s+${TW}`, "Ban Kinh tế Trung ương", true),
  central(`ban\\s+nội\\s+chính\\s+${TW}`, "Ban Nội chính Trung ương", true),
  central(`ban\\s+đối\\s+ngoại\\s+${TW}`, "Ban Đối ngoại Trung ương", true),
  central(`(?:ủy\\s+ban|ub)\\s+kiểm\\s+tra\\s+${TW}|ubkt\\s*tw`, "Ủy ban Kiểm tra Trung ương", true),
  central(`văn\\s+phòng\\s+${TW}|vptw`, "Văn phòng Trung ương", true),
  central(`hội\\s+đồng\\s+lý\\s+luận\\s+${TW}`, "Hội đồng Lý luận Trung ương"),
  central(`thủ\\s+tướng\\s+chính\\s+phủ`, "Thủ tướng Chính phủ"),
  central(`chính\\s+phủ`, "Chính phủ"),
  central(`quốc\\s+hội`, "Quốc hội"),
  central(`trung\\s+ương`, "Ban Chấp hành Trung ương", true),
];

export const CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương";

const DANG_SUFFIX = /\s+đảng(?:\s+cộng\s+sản\s+việt\s+nam)?(?![\p{L}\p{N}])/uy;

/** Words an issuer of a local body may start with. */
const LOCAL_HEAD = new RegExp(
  String.raw`(?:ban\s+thường\s+vụ|ban\s+chấp\s+hành|ban\s+chi\s+ủy|ban\s+cán\s+sự|ban\s+\p{L}+|ủy\s+ban|` +
    String.raw`ủy\s+ban\s+nhân\s+dân|hội\s+đồng|văn\s+phòng|thường\s+trực|thường\s+vụ|đảng\s+ủy|đảng\s+bộ|` +
    String.raw`đảng\s+đoàn|chi\s+ủy|chi\s+bộ|huyện\s+ủy|tỉnh\s+ủy|thành\s+ủy|quận\s+ủy|thị\s+ủy|btv|bch|ubnd|hđnd|` +
    String.raw`sở|bộ|phòng|liên\s+đoàn|công\s+đoàn|mặt\s+trận|đoàn|hội|trường|học\s+viện|đại\s+học|viện|cục|` +
    String.raw`tổng\s+cục)(?![\p{L}\p{N}])`,
  "uy",
);

/** Words that end a local issuer's name. */
const ISSUER_STOP = new RegExp(
  String.raw`(?:về|v\/v|việc|nhằm|đã|để|trong|tại|với|thực\s+hiện|triển\s+khai|ngày|năm|số|là|được|cho|đến|theo|` +
    String.raw`khóa|nhiệm\s+kỳ|và|đối\s+với|quy\s+định|hướng\s+dẫn|ban\s+hành|đề\s+ra|gắn\s+với|một\s+số|` +
    String.raw`giai\s+đoạn)(?![\p{L}\p{N}])`,
  "uy",
);

export interface IssuerMatch {
  name: string;
  end: number;
}

/** Reads the issuer that starts at `pos` (just after "của"); null when none is recognisable. */
export function readIssuer(p: PreparedText, pos: number): IssuerMatch | null {
  for (const body of CENTRAL_BODIES) {
    body.re.lastIndex = pos;
    const m = body.re.exec(p.key);
    if (!m) continue;
    let end = pos + m[0].length;
    let name = body.name;
    if (body.keepDang) {
      DANG_SUFFIX.lastIndex = end;
      const d = DANG_SUFFIX.exec(p.key);
      if (d) {
        name += " Đảng";
        end += d[0].length;
      }
    }
    // "Ban Chấp hành Trung ương" is not the start of a local name ("Trung ương Đoàn" aside).
    return { name, end };
  }
  LOCAL_HEAD.lastIndex = pos;
  if (!LOCAL_HEAD.exec(p.key)) return null;
  // Extend word by word until a stop word or punctuation.
  const word = /\s*([\p{L}\p{N}][\p{L}\p{N}'’.-]*|[-–]\s*(?=\p{Lu}))/uy;
  let end = pos;
  let count = 0;
  while (count < 14) {
    word.lastIndex = end;
    const m = word.exec(p.text);
    if (!m) break;
    const wordStart = end + (m[0].length - m[0].trimStart().length);
    ISSUER_STOP.lastIndex = wordStart;
    if (count > 0 && ISSUER_STOP.exec(p.key)) break;
    end += m[0].length;
    count++;
  }
  let name = p.text
    .slice(pos, end)
    .replace(/[\s.\-–]+$/u, "")
    .trim();
  if (!name) return null;
  end = pos + name.length;
  name = capitalizeFirst(name);
  // "của Đảng" names no particular body.
  if (/^đảng$/iu.test(name)) return null;
  return { name, end };
}
