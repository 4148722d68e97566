import { z } from 'zod';
import {
  appointmentCheckQuery,
  complianceFilters,
  compliancePeopleQuery,
  fallingOutQuery,
  trendQuery,
} from '../../../core/contracts/standards';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { fallingOut } from './falling-out';
import { appointmentCheck } from './gate';
import { recomputeJob } from './job';
import { compliancePeople, complianceReport, personComplianceOf } from './service';
import { complianceTrend } from './trend';
import { complianceWorkbook } from './workbook';

const personParams = z.object({ id: z.coerce.number().int().positive('Mã cán bộ không hợp lệ') });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function complianceRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đạt chuẩn'];
  const reports = { access: { permission: 'reports.read' as const } };

  app.get('/api/reports/compliance', {
    config: reports,
    schema: {
      tags,
      summary: 'Tình hình đạt chuẩn chức danh của đơn vị tại một ngày, kèm đơn vị trực thuộc',
      querystring: complianceFilters.extend({ format: z.enum(['json', 'xlsx']).default('json') }),
    },
    handler: async (req, reply) => {
      const report = await complianceReport(db, actorOf(req), req.query);
      if (req.query.format !== 'xlsx') return report;
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="dat-chuan-${report.unit.code}-${report.asOf}.xlsx"`,
        )
        .send(await complianceWorkbook(report));
    },
  });
  app.get('/api/reports/compliance/people', {
    config: reports,
    schema: {
      tags,
      summary: 'Danh sách người theo tình trạng đạt chuẩn (xem chi tiết)',
      querystring: compliancePeopleQuery,
    },
    handler: async (req) => compliancePeople(db, actorOf(req), req.query),
  });
  app.get('/api/reports/compliance/trend', {
    config: reports,
    schema: {
      tags,
      summary: 'Tỷ lệ đạt chuẩn theo năm (tại 31/12), thay đổi theo điểm phần trăm',
      querystring: complianceFilters.omit({ asOf: true }).extend(trendQuery.omit({ unit: true }).shape),
    },
    handler: async (req) => complianceTrend(db, actorOf(req), req.query),
  });
  app.get('/api/reports/compliance/falling-out', {
    config: reports,
    schema: { tags, summary: 'Người sẽ không còn đạt chuẩn trong N tháng tới', querystring: fallingOutQuery },
    handler: async (req) => fallingOut(db, actorOf(req), req.query),
  });
  app.get('/api/people/:id/compliance', {
    config: { access: { permission: 'people.read' } },
    schema: {
      tags,
      summary: 'Tình trạng đạt chuẩn của một người tại một ngày',
      params: personParams,
      querystring: complianceFilters.pick({ asOf: true }),
    },
    handler: async (req) => personComplianceOf(db, actorOf(req), req.params.id, req.query.asOf),
  });
  app.get('/api/people/:id/appointment-check', {
    config: { access: { permission: 'people.read' } },
    schema: {
      tags,
      summary: 'Kiểm tra điều kiện bổ nhiệm vào chức vụ (tiêu chuẩn, tuổi)',
      params: personParams,
      querystring: appointmentCheckQuery,
    },
    handler: async (req) => appointmentCheck(db, actorOf(req), req.params.id, req.query),
  });
  app.post('/api/compliance/recompute', {
    config: { access: { permission: 'standards.write' } },
    schema: { tags, summary: 'Tính lại toàn bộ tình hình đạt chuẩn (chạy nền, có tiến độ)' },
    handler: async (req, reply) => reply.status(202).send(recomputeJob.start(db, auditContext(req))),
  });
  app.get('/api/compliance/recompute', {
    config: { access: { permission: 'standards.write' } },
    schema: { tags, summary: 'Tiến độ lần tính lại gần nhất' },
    handler: async () => recomputeJob.status(),
  });
}
