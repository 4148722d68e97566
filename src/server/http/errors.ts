/**
 * Stable error codes, their HTTP status and Vietnamese message. One mapper, one error shape
 * (contracts §2): `{ error: { code, message, details?, requestId? } }`.
 */
export const ERRORS = {
  VALIDATION_ERROR: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  INVALID_JSON: { status: 400, message: 'Nội dung JSON không hợp lệ.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu nội dung không được hỗ trợ.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn.' },
  UNAUTHENTICATED: { status: 401, message: 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  INVALID_TOKEN: { status: 401, message: 'Token truy cập không hợp lệ hoặc đã bị thu hồi.' },
  WRONG_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  CSRF_INVALID: { status: 403, message: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF).' },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không tìm thấy địa chỉ yêu cầu.' },
  USER_NOT_FOUND: { status: 404, message: 'Không tìm thấy người dùng.' },
  TOKEN_NOT_FOUND: { status: 404, message: 'Không tìm thấy token.' },
  UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị.' },
  PERSON_NOT_FOUND: { status: 404, message: 'Không tìm thấy cán bộ.' },
  ASSIGNMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy quá trình công tác.' },
  QUALIFICATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy thông tin trình độ.' },
  CCCD_TAKEN: { status: 409, message: 'Số CCCD đã có trong hồ sơ của người khác.' },
  UNIT_CODE_TAKEN: { status: 409, message: 'Mã đơn vị đã được sử dụng.' },
  UNIT_HAS_MEMBERS: { status: 409, message: 'Đơn vị còn cán bộ đang công tác hoặc đơn vị trực thuộc.' },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã được sử dụng.' },
  VERSION_CONFLICT: {
    status: 409,
    message: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại để xem dữ liệu mới nhất rồi sửa lại.',
  },
  STANDARD_NOT_FOUND: { status: 404, message: 'Không tìm thấy bộ tiêu chuẩn.' },
  STANDARD_VERSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiên bản tiêu chuẩn.' },
  STANDARD_CODE_TAKEN: { status: 409, message: 'Mã bộ tiêu chuẩn đã được sử dụng.' },
  STANDARD_VERSION_OVERLAP: {
    status: 409,
    message: 'Thời gian hiệu lực trùng với một phiên bản khác của cùng bộ tiêu chuẩn.',
  },
  APPOINTMENT_REFUSED: {
    status: 422,
    message: 'Không đủ điều kiện bổ nhiệm vào chức vụ này: chưa đạt tiêu chuẩn chức danh.',
  },
  INSTITUTION_NOT_FOUND: { status: 404, message: 'Không tìm thấy cơ sở đào tạo.' },
  PROGRAMME_NOT_FOUND: { status: 404, message: 'Không tìm thấy chương trình đào tạo, bồi dưỡng.' },
  COURSE_NOT_FOUND: { status: 404, message: 'Không tìm thấy lớp học.' },
  ENROLMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy học viên trong lớp.' },
  CODE_TAKEN: { status: 409, message: 'Mã này đã được sử dụng.' },
  COURSE_STATUS: { status: 409, message: 'Thao tác không phù hợp với trạng thái hiện tại của lớp học.' },
  COURSE_FULL: { status: 409, message: 'Lớp đã đủ chỉ tiêu.' },
  QUOTA_EXCEEDED: { status: 409, message: 'Đơn vị đã dùng hết số chỗ được phân bổ trong lớp.' },
  ALREADY_ENROLLED: { status: 409, message: 'Người này đã có tên trong lớp.' },
  NOT_ELIGIBLE: { status: 422, message: 'Người này chưa đủ điều kiện được cử đi học.' },
  CERTIFICATE_EXISTS: { status: 409, message: 'Chứng chỉ đã được cấp cho học viên này (chỉ cấp một lần).' },
  NOT_COMPLETED: { status: 409, message: 'Học viên chưa hoàn thành khóa học.' },
  SESSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy buổi học.' },
  ENROLMENT_STATUS: {
    status: 409,
    message: 'Thao tác không phù hợp với trạng thái hiện tại của học viên trong lớp.',
  },
  PERSON_NOT_LINKED: {
    status: 403,
    message:
      'Tài khoản của bạn chưa được gắn với hồ sơ cán bộ nên chưa tự đăng ký học được. Vui lòng liên hệ cán bộ tổ chức của đơn vị.',
  },
  CERTIFICATE_NOT_FOUND: { status: 404, message: 'Học viên chưa được cấp chứng chỉ.' },
  COMMITMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy cam kết phục vụ.' },
  RULE_NOT_FOUND: { status: 404, message: 'Không tìm thấy quy định đào tạo, bồi dưỡng.' },
  COMMITMENT_CLOSED: {
    status: 409,
    message: 'Cam kết phục vụ đã kết thúc, không thể ghi nhận thôi việc lần nữa.',
  },
  SURVEY_EXISTS: { status: 409, message: 'Học viên này đã gửi phiếu khảo sát của lớp.' },
  LEARNING_PLAN_NOT_FOUND: { status: 404, message: 'Không tìm thấy kế hoạch học tập cá nhân của năm này.' },
  LEARNING_PLAN_ITEM_NOT_FOUND: { status: 404, message: 'Không tìm thấy mục trong kế hoạch học tập.' },
  PLAN_NOT_FOUND: { status: 404, message: 'Không tìm thấy kế hoạch đào tạo, bồi dưỡng.' },
  PLAN_EXISTS: {
    status: 409,
    message: 'Đơn vị đã có kế hoạch cùng loại cho những năm này. Vui lòng mở kế hoạch đó để sửa.',
  },
  PLAN_STATE: { status: 409, message: 'Thao tác không phù hợp với trạng thái hiện tại của kế hoạch.' },
  PLAN_EMPTY: { status: 422, message: 'Kế hoạch chưa có chỉ tiêu nào, chưa trình được.' },
  PLAN_SELF_APPROVAL: {
    status: 403,
    message: 'Không thể tự phê duyệt hoặc trả lại kế hoạch do chính mình lập hoặc trình.',
  },
  NOTIFICATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy thông báo.' },
  JOB_NOT_FOUND: { status: 404, message: 'Không tìm thấy tác vụ nền.' },
  JOBS_DISABLED: { status: 503, message: 'Tác vụ nền đang tắt trên máy chủ này (CADRE_JOBS=0).' },
  SCOPE_NOT_ALLOWED: { status: 403, message: 'Đơn vị nằm ngoài phạm vi quản lý của bạn.' },
  ROLE_NOT_ALLOWED: { status: 403, message: 'Bạn không được cấp vai trò này.' },
  CANNOT_CHANGE_SELF: { status: 400, message: 'Không thể tự khóa hoặc tự đổi vai trò của chính mình.' },
  ACCOUNT_LOCKED: {
    status: 429,
    message: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
  },
  RATE_LIMITED: { status: 429, message: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.' },
  DB_UNAVAILABLE: { status: 503, message: 'Cơ sở dữ liệu tạm thời không truy cập được.' },
  INTERNAL: { status: 500, message: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    opts: { message?: string; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(opts.message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = opts.details;
    this.headers = opts.headers ?? {};
  }
}

export const notFound = (
  code: 'USER_NOT_FOUND' | 'TOKEN_NOT_FOUND' | 'UNIT_NOT_FOUND' | 'PERSON_NOT_FOUND',
) => new AppError(code);

/** A 400 naming one field, for rules zod cannot see (they need the database). */
export function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_ERROR', { details: [{ path, message }] });
}
