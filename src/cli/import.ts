import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_CONTEXT } from '../server/modules/audit/audit';
import type { ImportResult } from '../server/modules/imports/contract';
import { runImport } from '../server/modules/imports/service';
import { CliError, withDatabase } from './context';

const cliAudit = { ...SYSTEM_CONTEXT, requestId: 'cli' };

/** Plain-text table; widths count characters of NFC text (Vietnamese letters are one each). */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((r) => r.map((c) => c.normalize('NFC').replace(/\s+/g, ' ')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function formatResult(result: ImportResult, dryRun: boolean): string {
  const out: string[] = [];
  const counts = Object.entries(result.counts).map(([sheet, c]) => [
    sheet,
    String(c.created),
    String(c.updated),
    String(c.unchanged),
  ]);
  if (result.status === 'ok') {
    out.push(
      dryRun
        ? 'Kiểm tra xong, không có lỗi (chưa ghi gì — chạy lại không có --dry-run để ghi).'
        : 'Đã nhập xong.',
    );
    out.push(table(['Trang', 'Thêm mới', 'Cập nhật', 'Không đổi'], counts));
  } else {
    out.push(`Tệp có ${result.errors.length} lỗi; không ghi gì vào cơ sở dữ liệu.`);
    out.push(
      table(
        ['Trang', 'Dòng', 'Cột', 'Giá trị', 'Lỗi'],
        result.errors.map((e) => [e.sheet, e.row ? String(e.row) : '', e.column, e.value, e.message]),
      ),
    );
  }
  return out.join('\n\n');
}

export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('Nhập dữ liệu từ tệp Excel theo mẫu (.xlsx, hoặc .csv một trang); có lỗi thì không ghi gì')
    .option('--dry-run', 'chỉ kiểm tra và báo số bản ghi sẽ thêm/cập nhật, không ghi', false)
    .option(
      '--sheet <name>',
      'với tệp .csv: tên trang mà tệp chứa (Đơn vị, Cán bộ, Công tác, Trình độ, Đánh giá)',
    )
    .action(async (file: string, o: { dryRun: boolean; sheet?: string }) => {
      if (!fs.existsSync(file)) throw new CliError(`Không tìm thấy tệp ${file}`);
      const result = await withDatabase(({ db }) =>
        runImport(db, cliAudit, fs.createReadStream(file), {
          dryRun: o.dryRun,
          fileName: path.basename(file),
          sheet: o.sheet,
          log: (m) => console.error(`[cadre] ${m}`),
        }),
      );
      console.log(formatResult(result, o.dryRun));
      if (result.status === 'invalid') process.exitCode = 1;
    });
}
