/**
 * Notifications of training events, written in the transaction of the event itself (a nomination
 * that rolls back notifies no one): a nomination (one person, a bulk list or a roster — one
 * statement for all of them) and the decision on a self-registration.
 */
import { formatCivilDate } from '../../../core/catalog/dates';
import type { Tx } from '../../db/client';
import { notify } from './notify';

export interface CourseRef {
  name: string;
  startDate: string;
  endDate: string;
}

const LINK = '/dao-tao/cua-toi';
const span = (c: CourseRef) => `${formatCivilDate(c.startDate)}–${formatCivilDate(c.endDate)}`;

/** The people just nominated: seated ones, and those put on the waitlist (told so). */
export async function notifyNominated(
  tx: Tx,
  c: CourseRef,
  enrolled: readonly number[],
  waitlisted: readonly number[],
): Promise<void> {
  const base = `Anh/chị được cử đi học lớp ${c.name} (${span(c)})`;
  await notify(
    tx,
    enrolled.map((personId) => ({ personId })),
    { kind: 'nomination', title: `Được cử đi học: ${c.name}`, body: `${base}.`, link: LINK },
  );
  await notify(
    tx,
    waitlisted.map((personId) => ({ personId })),
    {
      kind: 'nomination',
      title: `Được cử đi học: ${c.name}`,
      body: `${base}; lớp đã đủ chỗ nên anh/chị đang ở danh sách chờ.`,
      link: LINK,
    },
  );
}

export type RegistrationDecision =
  | { approved: true; status: 'enrolled' | 'waitlisted' }
  | { approved: false; reason: string };

export async function notifyRegistrationDecision(
  tx: Tx,
  c: CourseRef,
  personId: number,
  d: RegistrationDecision,
): Promise<void> {
  const what = `Đăng ký học lớp ${c.name} (${span(c)})`;
  const draft = d.approved
    ? {
        title: `Đăng ký học được duyệt: ${c.name}`,
        body:
          d.status === 'enrolled'
            ? `${what} đã được duyệt.`
            : `${what} đã được duyệt; lớp đã đủ chỗ nên anh/chị đang ở danh sách chờ.`,
      }
    : {
        title: `Đăng ký học không được duyệt: ${c.name}`,
        body: `${what} không được duyệt. Lý do: ${d.reason}`,
      };
  await notify(tx, [{ personId }], { kind: 'registration_decision', ...draft, link: LINK });
}
