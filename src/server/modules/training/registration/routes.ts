import { courseIdParams } from '../../../../core/contracts/training-courses';
import { enrolmentChange, enrolmentParams } from '../../../../core/contracts/training-enrolment';
import {
  approveBody,
  myCourses,
  registrationResult,
  rejectBody,
} from '../../../../core/contracts/training-registration';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import * as registration from './service';

export async function trainingRegistrationRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đào tạo, bồi dưỡng'];
  // Self-service: any signed-in account acting for a person record (checked in the service: 403).
  const self = { access: { authenticated: true as const } };
  const nominate = { access: { permission: 'training.nominate' as const } };

  app.get('/api/training/my-courses', {
    config: self,
    schema: {
      tags,
      summary: 'Khóa học của tôi: lớp đang chiêu sinh mở cho đơn vị của tôi và các đăng ký của tôi',
      response: { 200: myCourses },
    },
    handler: async (req) => registration.myCourses(db, actorOf(req)),
  });
  app.post('/api/training/courses/:id/register', {
    config: self,
    schema: {
      tags,
      summary: 'Tự đăng ký học (chờ đơn vị duyệt)',
      params: courseIdParams,
      response: { 201: registrationResult },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await registration.register(db, auditContext(req), actorOf(req), req.params.id)),
  });
  app.post('/api/training/enrolments/:eid/approve', {
    config: nominate,
    schema: {
      tags,
      summary: 'Duyệt đăng ký tự nguyện (vào lớp hoặc danh sách chờ theo chỉ tiêu)',
      params: enrolmentParams,
      body: approveBody,
      response: { 200: enrolmentChange },
    },
    handler: async (req) =>
      registration.approve(db, auditContext(req), actorOf(req), req.params.eid, req.body),
  });
  app.post('/api/training/enrolments/:eid/reject', {
    config: nominate,
    schema: {
      tags,
      summary: 'Từ chối đăng ký tự nguyện (ghi lý do)',
      params: enrolmentParams,
      body: rejectBody,
      response: { 200: enrolmentChange },
    },
    handler: async (req) =>
      registration.reject(db, auditContext(req), actorOf(req), req.params.eid, req.body.reason),
  });
}
