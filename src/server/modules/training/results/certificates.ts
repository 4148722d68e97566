/**
 * Certificates: issued once per completed enrolment (the number also goes on the qualification
 * the course created); a lost one is replaced by a confirmation letter, never a second certificate.
 */
import { eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import type {
  CertificateAnswer,
  CertificateBody,
  ReplacementBody,
} from '../../../../core/contracts/training-results';
import type { Db, Tx } from '../../../db/client';
import type { AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { keepPeopleCurrent } from '../../people/upkeep';
import { certificate } from '../schema';
import type { Who } from './course-access';
import { managedEnrolment } from './queries';

function present(c: typeof certificate.$inferSelect): CertificateAnswer {
  return {
    enrolmentId: c.enrolmentId,
    number: c.number,
    issuedOn: c.issuedOn,
    replacementLetterNo: c.replacementLetterNo,
    replacementIssuedOn: c.replacementIssuedOn,
  };
}

async function certificateOf(tx: Tx, enrolmentId: number) {
  const [c] = await tx.select().from(certificate).where(eq(certificate.enrolmentId, enrolmentId)).limit(1);
  return c ?? null;
}

export async function issueCertificate(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  enrolmentId: number,
  body: CertificateBody,
): Promise<CertificateAnswer> {
  return mutate(db, ctx, async (tx) => {
    const e = await managedEnrolment(tx, actor.scope, enrolmentId);
    if (!e) throw new AppError('ENROLMENT_NOT_FOUND');
    if (await certificateOf(tx, e.id)) throw new AppError('CERTIFICATE_EXISTS');
    if (e.status !== 'completed') throw new AppError('NOT_COMPLETED');
    if (e.completedOn && body.issuedOn < e.completedOn)
      throw fieldError('issuedOn', 'Ngày cấp chứng chỉ không được trước ngày hoàn thành khóa học');
    const [taken] = await tx
      .select({ id: certificate.id })
      .from(certificate)
      .where(eq(certificate.number, body.number))
      .limit(1);
    if (taken) throw fieldError('number', 'Số chứng chỉ này đã được cấp cho học viên khác');
    const [row] = await tx
      .insert(certificate)
      .values({ enrolmentId: e.id, number: body.number, issuedOn: body.issuedOn })
      .onConflictDoNothing()
      .returning();
    // A concurrent issue for the same enrolment or number lost the race.
    if (!row) throw new AppError('CERTIFICATE_EXISTS');
    if (e.qualificationId !== null) {
      await tx.execute(sql`
        update qualification set certificate_no = ${body.number}, version = version + 1
        where id = ${e.qualificationId}`);
      await keepPeopleCurrent(tx, [e.personId], todayVn());
    }
    const answer = present(row);
    return {
      result: answer,
      audit: { action: 'certificate.issue', entity: 'enrolment', entityId: e.id, after: answer },
    };
  });
}

export async function replaceCertificate(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  enrolmentId: number,
  body: ReplacementBody,
): Promise<CertificateAnswer> {
  return mutate(db, ctx, async (tx) => {
    const e = await managedEnrolment(tx, actor.scope, enrolmentId);
    if (!e) throw new AppError('ENROLMENT_NOT_FOUND');
    const before = await certificateOf(tx, e.id);
    if (!before) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (body.issuedOn < before.issuedOn)
      throw fieldError('issuedOn', 'Ngày cấp giấy xác nhận không được trước ngày cấp chứng chỉ');
    const [row] = await tx
      .update(certificate)
      .set({ replacementLetterNo: body.letterNo, replacementIssuedOn: body.issuedOn })
      .where(eq(certificate.id, before.id))
      .returning();
    if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
    const answer = present(row);
    return {
      result: answer,
      audit: {
        action: 'certificate.replace',
        entity: 'enrolment',
        entityId: e.id,
        before: present(before),
        after: answer,
      },
    };
  });
}
