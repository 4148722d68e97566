/** Pure display helpers of the notification centre (tested in notificationDisplay.test.ts). */
import { formatDateTime } from '../../lib/format';

/** How long ago a notification arrived: recent ones relatively, older ones as dd/MM/yyyy HH:mm. */
export type When =
  | { kind: 'justNow' }
  | { kind: 'minutes'; n: number }
  | { kind: 'hours'; n: number }
  | { kind: 'at'; text: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function whenOf(iso: string, now: Date = new Date()): When {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { kind: 'at', text: '' };
  const ago = now.getTime() - at.getTime();
  // A clock a little ahead of the browser's still reads "just now".
  if (ago < MINUTE) return ago > -5 * MINUTE ? { kind: 'justNow' } : { kind: 'at', text: formatDateTime(at) };
  if (ago < HOUR) return { kind: 'minutes', n: Math.floor(ago / MINUTE) };
  if (ago < 24 * HOUR) return { kind: 'hours', n: Math.floor(ago / HOUR) };
  return { kind: 'at', text: formatDateTime(at) };
}

/** The ISO week of a digest run, "2026-W49" → "49/2026"; anything else is shown as it is. */
export function weekLabel(week: string): string {
  const m = /^(\d{4})-?W(\d{1,2})$/i.exec(week.trim());
  if (!m) return week;
  return `${Number.parseInt(m[2] ?? '', 10)}/${m[1]}`;
}

/** Only same-site paths are followed when a notification is opened. */
export function internalLink(link: string | null | undefined): string | null {
  if (!link || !/^\/(?![/\\])/.test(link)) return null;
  return link;
}

/** A digest run is over when it completed or failed; until then the page keeps asking. */
export function digestFinished(state: string | undefined): boolean {
  return state === 'completed' || state === 'failed';
}
