/**
 * CSV for a single sheet (contracts §3: `?sheet=` names it). RFC 4180 quoting, UTF-8 with or
 * without BOM, and the separator guessed from the header line: Excel in a Vietnamese locale
 * saves with ";" because "," is the decimal mark. Every value arrives as text, as typed.
 */
import type { Readable } from 'node:stream';
import type { Cell } from './cells';
import type { RawRow, RawSheet } from './read-xlsx';

const SEPARATORS = [',', ';', '\t'] as const;

function guessSeparator(firstLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const s of SEPARATORS) {
    const count = firstLine.split(s).length - 1;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  return best;
}

type State = 'start' | 'plain' | 'quoted' | 'quoteInQuoted';

async function* csvRows(input: Readable): AsyncGenerator<RawRow> {
  input.setEncoding('utf8');
  let separator: string | null = null;
  let head = '';
  let state: State = 'start';
  let field = '';
  let fields: string[] = [];
  let number = 0;
  let bomChecked = false;

  const toCells = (values: string[]): Cell[] =>
    values.map((v) => {
      const t = v.trim();
      return t === '' ? null : t;
    });

  function* parse(text: string, sep: string): Generator<RawRow> {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (state === 'quoted') {
        if (ch === '"') state = 'quoteInQuoted';
        else field += ch;
        continue;
      }
      if (state === 'quoteInQuoted' && ch === '"') {
        field += '"';
        state = 'quoted';
        continue;
      }
      if (ch === sep) {
        fields.push(field);
        field = '';
        state = 'start';
      } else if (ch === '\n') {
        fields.push(field);
        number++;
        yield { number, cells: toCells(fields) };
        fields = [];
        field = '';
        state = 'start';
      } else if (ch === '\r') {
        // CRLF line ends: the LF ends the row.
      } else if (ch === '"' && state === 'start') {
        state = 'quoted';
      } else {
        field += ch;
        state = 'plain';
      }
    }
  }

  for await (const chunk of input) {
    let text = String(chunk);
    if (!bomChecked) {
      bomChecked = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (separator === null) {
      head += text;
      const eol = head.indexOf('\n');
      if (eol < 0) continue;
      separator = guessSeparator(head.slice(0, eol));
      text = head;
      head = '';
    }
    yield* parse(text, separator);
  }
  if (separator === null) {
    separator = guessSeparator(head);
    yield* parse(head, separator);
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    number++;
    yield { number, cells: toCells(fields) };
  }
}

export async function* readCsv(input: Readable, sheetName: string): AsyncGenerator<RawSheet> {
  yield { name: sheetName, rows: csvRows(input) };
}
