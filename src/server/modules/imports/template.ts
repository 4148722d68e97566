/**
 * The import template (contracts §3): the five sheets with their headers in row 1 (required ones
 * marked "*"), frozen and bold, sized columns, and a dropdown on every enumerated column. The
 * lists live in a hidden "Danh mục" sheet: a list typed into the validation itself is limited to
 * 255 characters and cannot hold values with commas ("Sở, ban, ngành").
 */
import ExcelJS from 'exceljs';
import { COLUMNS, type ColumnSpec, headerText, LISTS, type ListKey, SHEET_KEYS, SHEETS } from './sheets';

export const LISTS_SHEET = 'Danh mục';
const LAST_ROW = 1_048_576;

const LIST_TITLES: Record<ListKey, string> = {
  unitKinds: 'Loại đơn vị',
  areaClasses: 'Khu vực',
  genders: 'Giới tính',
  ethnicities: 'Dân tộc',
  categories: 'Đối tượng',
  assignmentKinds: 'Hình thức',
  dimensions: 'Loại trình độ',
  levels: 'Trình độ',
  trainingModes: 'Hình thức đào tạo',
  qualificationStatuses: 'Tình trạng',
  ratings: 'Xếp loại',
};

/** exceljs keeps range validations on the worksheet but leaves them out of its typings. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const LIST_KEYS = Object.keys(LISTS) as ListKey[];

/** Where each list sits in the hidden sheet: its own column, values from row 2. */
function listRange(key: ListKey): string {
  const letter = columnLetter(LIST_KEYS.indexOf(key) + 1);
  return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${LISTS[key].length + 1}`;
}

function addLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  LIST_KEYS.forEach((key, i) => {
    const values: readonly string[] = LISTS[key];
    const title = ws.getCell(1, i + 1);
    title.value = LIST_TITLES[key];
    title.font = { bold: true };
    values.forEach((v, j) => {
      ws.getCell(j + 2, i + 1).value = v;
    });
    ws.getColumn(i + 1).width = Math.max(12, ...values.map((v) => v.length + 2));
  });
}

function addSheet(wb: ExcelJS.Workbook, name: string, specs: readonly ColumnSpec[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const validations = (ws as unknown as WithValidations).dataValidations;
  specs.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.max(c.width, headerText(c).length + 2);
    // "@" keeps CCCDs and codes as typed (leading zeros); dates show as people write them.
    if (c.text) column.numFmt = '@';
    if (c.date) column.numFmt = 'dd/mm/yyyy';
    const header = ws.getCell(1, i + 1);
    header.value = headerText(c);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    const letter = columnLetter(i + 1);
    if (c.list) {
      validations.add(`${letter}2:${letter}${LAST_ROW}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [listRange(c.list)],
        showErrorMessage: true,
        // A warning, not a refusal: the import also accepts other spellings ("Cử nhân", "B1").
        errorStyle: 'warning',
        errorTitle: c.header,
        error: `Chọn ${c.header} trong danh sách`,
      });
    }
    if (c.key === 'year') {
      validations.add(`${letter}2:${letter}${LAST_ROW}`, {
        type: 'whole',
        operator: 'between',
        allowBlank: false,
        formulae: [1950, 2100],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: c.header,
        error: 'Năm là số từ 1950 đến 2100',
      });
    }
  });
  ws.getRow(1).height = 30;
}

export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cadre';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  for (const k of SHEET_KEYS) addSheet(wb, SHEETS[k], COLUMNS[k]);
  addLists(wb);
  wb.views = [
    { activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let cached: Promise<Buffer> | null = null;

/** The template never changes while the server runs: built once. */
export function templateBuffer(): Promise<Buffer> {
  cached ??= buildTemplate().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}
