import { describe, expect, it } from 'vitest';
import { formatResult } from '../../../cli/import';

describe('cadre import output', () => {
  const counts = {
    'Đơn vị': { created: 1, updated: 0, unchanged: 2 },
    'Cán bộ': { created: 10, updated: 3, unchanged: 0 },
  };

  it('prints the counts of a successful import as a table', () => {
    const out = formatResult({ status: 'ok', counts, errors: [] }, false);
    expect(out.split('\n')).toEqual([
      'Đã nhập xong.',
      '',
      'Trang   Thêm mới  Cập nhật  Không đổi',
      '------  --------  --------  ---------',
      'Đơn vị  1         0         2',
      'Cán bộ  10        3         0',
    ]);
  });

  it('prints errors with sheet, row, column, value and message', () => {
    const out = formatResult(
      {
        status: 'invalid',
        counts,
        errors: [
          {
            sheet: 'Cán bộ',
            row: 7,
            column: 'Số CCCD',
            value: '0123',
            code: 'INVALID_CCCD',
            message: 'Số CCCD phải gồm đúng 12 chữ số',
          },
        ],
      },
      true,
    );
    expect(out).toContain('Tệp có 1 lỗi; không ghi gì');
    expect(out).toContain('Cán bộ  7     Số CCCD  0123     Số CCCD phải gồm đúng 12 chữ số');
  });
});
