import {
  assessmentParams,
  attendanceBody,
  certificateBody,
  completeBody,
  courseParams,
  enrolmentParams,
  replacementBody,
  scoresBody,
  sessionParams,
} from '../../../../core/contracts/training-results';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { issueCertificate, replaceCertificate } from './certificates';
import { completeCourse } from './completion';
import { recordAttendance, recordScores } from './records';

export async function trainingResultRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Kết quả học tập'];
  const manage = { access: { permission: 'courses.manage' as const } };

  app.put('/api/training/courses/:id/sessions/:sid/attendance', {
    config: manage,
    schema: {
      tags,
      summary: 'Điểm danh một buổi học (lớp đang học)',
      params: sessionParams,
      body: attendanceBody,
    },
    handler: async (req) =>
      recordAttendance(db, auditContext(req), actorOf(req), req.params.id, req.params.sid, req.body),
  });
  app.put('/api/training/courses/:id/assessments/:aid/scores', {
    config: manage,
    schema: {
      tags,
      summary: 'Nhập điểm một bài kiểm tra (0–10, tối đa 2 chữ số thập phân)',
      params: assessmentParams,
      body: scoresBody,
    },
    handler: async (req) =>
      recordScores(db, auditContext(req), actorOf(req), req.params.id, req.params.aid, req.body),
  });
  app.post('/api/training/courses/:id/complete', {
    config: manage,
    schema: {
      tags,
      summary: 'Kết thúc lớp: xét hoàn thành, ghi trình độ vào hồ sơ, tạo cam kết phục vụ',
      params: courseParams,
      body: completeBody,
    },
    handler: async (req) =>
      completeCourse(db, auditContext(req), actorOf(req), req.params.id, req.body ?? {}),
  });
  app.post('/api/training/enrolments/:eid/certificate', {
    config: manage,
    schema: { tags, summary: 'Cấp chứng chỉ (một lần)', params: enrolmentParams, body: certificateBody },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await issueCertificate(db, auditContext(req), actorOf(req), req.params.eid, req.body)),
  });
  app.post('/api/training/enrolments/:eid/certificate/replacement', {
    config: manage,
    schema: {
      tags,
      summary: 'Cấp giấy xác nhận thay chứng chỉ bị mất',
      params: enrolmentParams,
      body: replacementBody,
    },
    handler: async (req) => replaceCertificate(db, auditContext(req), actorOf(req), req.params.eid, req.body),
  });
}
