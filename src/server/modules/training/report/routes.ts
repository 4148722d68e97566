import { trainingReportQuery } from '../../../../core/contracts/training-results';
import { actorOf } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { trainingReport, trainingWorkbook } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function trainingReportRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  app.get('/api/reports/training', {
    config: { access: { permission: 'reports.read' } },
    schema: {
      tags: ['Báo cáo'],
      summary: 'Kết quả đào tạo, bồi dưỡng của đơn vị trong kỳ (số người, lượt người, kinh phí theo nguồn)',
      querystring: trainingReportQuery,
    },
    handler: async (req, reply) => {
      const report = await trainingReport(db, actorOf(req), req.query);
      if (req.query.format !== 'xlsx') return report;
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="dao-tao-${report.unit.code === '*' ? 'toan-quoc' : report.unit.code}-${report.from}-${report.to}.xlsx"`,
        )
        .send(await trainingWorkbook(report));
    },
  });
}
