import { z } from 'zod';
import { pageOf } from '../../../../core/contracts/common';
import {
  assessmentBody,
  costBody,
  courseBody,
  courseDetail,
  courseIdParams,
  courseListItem,
  courseQuery,
  courseStatusBody,
  courseUpdateBody,
  lecturerBody,
  openCoursesQuery,
  quotasBody,
  sessionBody,
  sessionParams,
} from '../../../../core/contracts/training-courses';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import * as courses from './service';

export async function trainingCourseRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đào tạo, bồi dưỡng'];
  const read = { access: { permission: 'training.read' as const } };
  const manage = { access: { permission: 'courses.manage' as const } };
  const detail = { 200: courseDetail };
  const created = { 201: courseDetail };

  app.get('/api/training/courses', {
    config: read,
    schema: {
      tags,
      summary: 'Danh sách lớp học (lọc theo cơ sở, chương trình, trạng thái, đơn vị được cử, năm)',
      querystring: courseQuery,
      response: { 200: pageOf(courseListItem) },
    },
    handler: async (req) => courses.list(db, actorOf(req), req.query),
  });
  app.get('/api/training/open-courses', {
    config: read,
    schema: {
      tags,
      summary: 'Lớp đang chiêu sinh giúp bù trình độ còn thiếu của một đơn vị',
      querystring: openCoursesQuery,
      response: { 200: z.object({ items: z.array(courseListItem) }) },
    },
    handler: async (req) => courses.openCourses(db, actorOf(req), req.query),
  });
  app.get('/api/training/courses/:id', {
    config: read,
    schema: { tags, summary: 'Chi tiết lớp học', params: courseIdParams, response: detail },
    handler: async (req) => courses.detail(db, actorOf(req), req.params.id),
  });
  app.post('/api/training/courses', {
    config: manage,
    schema: { tags, summary: 'Mở lớp học mới', body: courseBody, response: created },
    handler: async (req, reply) =>
      reply.status(201).send(await courses.create(db, auditContext(req), actorOf(req), req.body)),
  });
  app.put('/api/training/courses/:id', {
    config: manage,
    schema: {
      tags,
      summary: 'Sửa thông tin lớp',
      params: courseIdParams,
      body: courseUpdateBody,
      response: detail,
    },
    handler: async (req) =>
      courses.update(db, auditContext(req), actorOf(req), req.params.id, req.body.course, req.body.version),
  });
  app.post('/api/training/courses/:id/status', {
    config: manage,
    schema: {
      tags,
      summary: 'Chuyển trạng thái lớp (kế hoạch → chiêu sinh → đang học → kết thúc, hoặc hủy)',
      params: courseIdParams,
      body: courseStatusBody,
      response: detail,
    },
    handler: async (req) =>
      courses.changeStatus(db, auditContext(req), actorOf(req), req.params.id, req.body.status),
  });
  app.post('/api/training/courses/:id/sessions', {
    config: manage,
    schema: { tags, summary: 'Thêm buổi học', params: courseIdParams, body: sessionBody, response: created },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await courses.addSession(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
  app.delete('/api/training/courses/:id/sessions/:sid', {
    config: manage,
    schema: { tags, summary: 'Xóa buổi học (chưa điểm danh)', params: sessionParams, response: detail },
    handler: async (req) =>
      courses.deleteSession(db, auditContext(req), actorOf(req), req.params.id, req.params.sid),
  });
  app.put('/api/training/courses/:id/quotas', {
    config: manage,
    schema: {
      tags,
      summary: 'Phân bổ chỉ tiêu cho đơn vị',
      params: courseIdParams,
      body: quotasBody,
      response: detail,
    },
    handler: async (req) => courses.setQuotas(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });
  app.post('/api/training/courses/:id/lecturers', {
    config: manage,
    schema: {
      tags,
      summary: 'Thêm giảng viên',
      params: courseIdParams,
      body: lecturerBody,
      response: created,
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await courses.addLecturer(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/training/courses/:id/costs', {
    config: manage,
    schema: {
      tags,
      summary: 'Thêm dòng kinh phí',
      params: courseIdParams,
      body: costBody,
      response: created,
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await courses.addCost(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/training/courses/:id/assessments', {
    config: manage,
    schema: {
      tags,
      summary: 'Thêm bài kiểm tra, đánh giá',
      params: courseIdParams,
      body: assessmentBody,
      response: created,
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await courses.addAssessment(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
}
