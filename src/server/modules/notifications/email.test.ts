import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCadre, makePerson, makeTree, makeUser } from '../../testing/factories';
import { createScratchDatabase } from '../../testing/harness';
import { appUser } from '../auth/schema';
import { EMAIL_MAX_AGE_DAYS, sendPendingEmails } from './email';
import { notify } from './notify';
import { notification } from './schema';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** Undoes quoted-printable (body) and RFC 2047 Q-words (headers): the message as the reader sees it. */
function decode(raw: string): { subject: string; text: string } {
  const bytes = (qp: string) =>
    Buffer.from(
      qp.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  const end = raw.indexOf('\r\n\r\n');
  const [head, body] = [raw.slice(0, end), raw.slice(end + 4)];
  const subjectLine = /^Subject: (.*(?:\r\n .*)*)/m.exec(head)?.[1] ?? '';
  const subject = subjectLine
    .split(/\s+/)
    .map((w) => /^=\?UTF-8\?Q\?(.*)\?=$/.exec(w)?.[1] ?? w)
    .map((w) => bytes(w.replace(/_/g, ' ')))
    .join('');
  return { subject, text: bytes(body.replace(/=\r\n/g, '')).trim() };
}

/** A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives. */
async function smtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const env = session.envelope;
        received.push({
          from: env.mailFrom ? env.mailFrom.address : '',
          to: env.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        // A message to this address is refused: the sender must mark it failed.
        callback(env.rcptTo.some((r) => r.address.startsWith('bounce@')) ? new Error('mailbox full') : null);
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const a = server.server.address();
      resolve(typeof a === 'object' && a ? a.port : 0);
    });
  });
  return { received, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('notification e-mail', async () => {
  const scratch = await createScratchDatabase();
  const db = scratch.db;
  const smtp = await smtpServer();
  afterAll(async () => {
    await smtp.close();
    await scratch.close();
  });
  const tree = await makeTree(db);
  const p = await makePerson(db, tree.communeA, { fullName: 'Mai Thị Thư' });
  const cadre = await makeCadre(db, tree.communeA, p.id);
  await db.update(appUser).set({ email: 'mai.thu@xa.gov.vn' }).where(eq(appUser.id, cadre.id));
  const bouncing = await makeUser(db, 'officer', [tree.communeA]);
  await db.update(appUser).set({ email: 'bounce@xa.gov.vn' }).where(eq(appUser.id, bouncing.id));

  it('sends pending notifications through SMTP and marks them sent, or failed on an error', async () => {
    await db.transaction(async (tx) => {
      await notify(tx, [{ personId: p.id }], {
        kind: 'nomination',
        title: 'Được cử đi học: Bồi dưỡng kỹ năng số',
        body: 'Anh/chị được cử đi học lớp Bồi dưỡng kỹ năng số (02/03/2026–28/08/2026).',
        link: '/dao-tao/cua-toi',
      });
      await notify(tx, [{ userId: bouncing.id }], {
        kind: 'plan_deadline',
        title: 'Hạn nộp',
        body: 'Sắp hết hạn.',
      });
    });
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${smtp.port}`);
    const errors: object[] = [];
    const r = await sendPendingEmails(db, transport, 10, {
      mail: { from: 'Cadre <no-reply@snv.gov.vn>', publicUrl: 'https://cadre.snv.gov.vn' },
      log: { error: (obj) => errors.push(obj) },
    });
    expect(r).toEqual({ sent: 1, failed: 1 });
    expect(errors).toHaveLength(1);

    const msg = smtp.received.find((m) => m.to.includes('mai.thu@xa.gov.vn'));
    expect(msg?.from).toBe('no-reply@snv.gov.vn');
    expect(decode(msg?.raw ?? '')).toEqual({
      subject: 'Được cử đi học: Bồi dưỡng kỹ năng số',
      text:
        'Anh/chị được cử đi học lớp Bồi dưỡng kỹ năng số (02/03/2026–28/08/2026).\r\n\r\n' +
        'Xem chi tiết: https://cadre.snv.gov.vn/dao-tao/cua-toi',
    });

    const [sent] = await db.select().from(notification).where(eq(notification.personId, p.id));
    expect(sent?.emailStatus).toBe('sent');
    expect(sent?.emailedAt).not.toBeNull();
    const [failed] = await db.select().from(notification).where(eq(notification.userId, bouncing.id));
    expect(failed?.emailStatus).toBe('failed');
    // Nothing left to send.
    expect(await sendPendingEmails(db, transport, 10)).toEqual({ sent: 0, failed: 0 });
  });

  it('does not send a backlog: a pending e-mail older than the limit expires unsent', async () => {
    await db.transaction(async (tx) => {
      await notify(tx, [{ personId: p.id }], {
        kind: 'digest',
        title: 'Nhắc việc tuần 40/2026: kế hoạch học tập',
        body: 'Có 1 mục quá hạn.',
        dedupeKey: 'stale-2026-W40',
      });
    });
    await db
      .update(notification)
      .set({ createdAt: new Date(Date.now() - (EMAIL_MAX_AGE_DAYS + 1) * 86_400_000) })
      .where(eq(notification.dedupeKey, 'stale-2026-W40'));
    const before = smtp.received.length;
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${smtp.port}`);
    expect(await sendPendingEmails(db, transport, 10)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.length).toBe(before);
    const [stale] = await db.select().from(notification).where(eq(notification.dedupeKey, 'stale-2026-W40'));
    expect(stale?.emailStatus).toBe('expired');
  });
});
