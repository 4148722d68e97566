import { todayVn } from '../../../core/catalog/dates';
import { needsQuery } from '../../../core/contracts/needs';
import { actorOf } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { needsWorkbook, trainingNeeds } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function needsRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Kế hoạch'];
  const config = { access: { permission: 'reports.read' as const } };

  app.get('/api/needs', {
    config,
    schema: {
      tags,
      summary: 'Nhu cầu đào tạo của đơn vị: ai cần học chương trình nào, đến khi nào, mức ưu tiên',
      querystring: needsQuery,
    },
    handler: async (req) => trainingNeeds(db, actorOf(req), req.query),
  });
  app.get('/api/needs.xlsx', {
    config,
    schema: { tags, summary: 'Nhu cầu đào tạo của đơn vị (tệp Excel)', querystring: needsQuery },
    handler: async (req, reply) => {
      const { unit, file } = await needsWorkbook(db, actorOf(req), req.query);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="nhu-cau-dao-tao-${unit}-${todayVn()}.xlsx"`)
        .send(file);
    },
  });
}
