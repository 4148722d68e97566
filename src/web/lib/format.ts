/**
 * Display formats Vietnamese officers expect (ui.md): dates dd/MM/yyyy, timestamps
 * dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, numbers with `.` for thousands and `,` for decimals.
 * The same formats are used in English mode: they are the official formats of the data.
 */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numberFormat = new Intl.NumberFormat('vi-VN');

const timestampParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 1830 → "1.830"; 50.4 → "50,4". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return numberFormat.format(value);
}

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of timestampParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

function toDate(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Civil date `YYYY-MM-DD` → "dd/MM/yyyy" without any time-zone shift; an ISO timestamp is
 * shown as its calendar day in Asia/Ho_Chi_Minh.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (civil) return `${civil[3]}/${civil[2]}/${civil[1]}`;
  }
  const d = toDate(value);
  if (!d) return '';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO timestamp → "dd/MM/yyyy HH:mm" in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = toDate(value);
  if (!d) return '';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Input formats for date pickers: the first one is used for display (ui.md). */
export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'DDMMYYYY', 'DD-MM-YYYY', 'D/M/YYYY'];

/** Vietnamese search folding, shared with the server: "Nguyễn Văn Chà" → "nguyen van cha". */
export { foldVietnamese as foldText } from '../../core/text/fold';
