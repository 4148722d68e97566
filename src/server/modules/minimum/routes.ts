import { z } from 'zod';
import { idParam } from '../../../core/contracts/common';
import {
  annualMinimumQuery,
  annualMinimumReport,
  ruleItem,
  rulesQuery,
  ruleUpdateBody,
} from '../../../core/contracts/minimum';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { listRules, updateRule } from './rules';
import { annualMinimumWorkbook, annualMinimumReport as report } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function minimumRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  app.get('/api/training/rules', {
    config: { access: { permission: 'training.read' } },
    schema: {
      tags: ['Đào tạo, bồi dưỡng'],
      summary: 'Quy định đào tạo, bồi dưỡng theo thời gian hiệu lực (điều kiện, cam kết, mức tối thiểu)',
      querystring: rulesQuery,
      response: { 200: z.object({ items: z.array(ruleItem) }) },
    },
    handler: async (req) => listRules(db, req.query.kind),
  });
  app.put('/api/training/rules/:id', {
    config: { access: { permission: 'training.catalogue' } },
    schema: {
      tags: ['Đào tạo, bồi dưỡng'],
      summary: 'Sửa mức bồi dưỡng tối thiểu hằng năm (số tiết, đối tượng, căn cứ)',
      params: idParam,
      body: ruleUpdateBody,
      response: { 200: ruleItem },
    },
    handler: async (req) => updateRule(db, auditContext(req), req.params.id, req.body),
  });
  app.get('/api/reports/annual-minimum', {
    config: { access: { permission: 'reports.read' } },
    schema: {
      tags: ['Báo cáo'],
      summary: 'Cán bộ chưa đạt thời lượng bồi dưỡng tối thiểu trong năm',
      querystring: annualMinimumQuery,
    },
    handler: async (req, reply) => {
      const xlsx = req.query.format === 'xlsx';
      const r = await report(db, actorOf(req), req.query, xlsx);
      if (!xlsx) return annualMinimumReport.parse(r);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="boi-duong-toi-thieu-${r.unit.code === '*' ? 'toan-quoc' : r.unit.code}-${r.year}.xlsx"`,
        )
        .send(await annualMinimumWorkbook(r));
    },
  });
}
