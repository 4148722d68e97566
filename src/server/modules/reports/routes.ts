import { z } from 'zod';
import { isoDate } from '../../../core/contracts/common';
import { actorOf } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { qualificationReport, qualificationWorkbook } from './service';

const reportQuery = z.object({
  /** Omitted: the whole country (administrators only). */
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
  asOf: isoDate.optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

export async function reportRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/reports/qualifications', {
    config: { access: { permission: 'reports.read' } },
    schema: {
      tags: ['Báo cáo'],
      summary: 'Cơ cấu trình độ của đơn vị tại một ngày',
      querystring: reportQuery,
    },
    handler: async (req, reply) => {
      const report = await qualificationReport(deps.db, actorOf(req), req.query.unit, req.query.asOf);
      if (req.query.format === 'xlsx') {
        const file = `trinh-do-${report.unit.code}-${report.asOf}.xlsx`;
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${file}"`)
          .send(await qualificationWorkbook(report));
      }
      return report;
    },
  });
}
