/** Application errors with Vietnamese messages; codes are stable for the JSON API. */

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "MINUTES_LOCKED"
  | "RATE_LIMITED"
  | "INTERNAL";

export const errorMessages: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
  VALIDATION: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng xem lại trước khi lưu.",
  MINUTES_LOCKED: "Biên bản đã được thông qua nên không thể sửa trực tiếp. Hãy lập đính chính.",
  RATE_LIMITED: "Bạn thao tác quá nhanh. Vui lòng thử lại sau.",
  INTERNAL: "Đã có lỗi, dữ liệu chưa được lưu.",
};

export const httpStatus: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  MINUTES_LOCKED: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields?: Record<string, string[]>;
  readonly details?: unknown;

  constructor(code: AppErrorCode, message?: string, opts?: { fields?: Record<string, string[]>; details?: unknown }) {
    super(message ?? errorMessages[code]);
    this.name = "AppError";
    this.code = code;
    this.fields = opts?.fields;
    this.details = opts?.details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Prisma's unique-constraint violation (P2002), recognised without importing Prisma here. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
