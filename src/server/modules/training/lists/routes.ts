import { courseIdParams } from '../../../../core/contracts/training-courses';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { type CourseList, courseListWorkbook } from './service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LISTS: { list: CourseList; path: string; summary: string }[] = [
  {
    list: 'roster',
    path: 'roster.xlsx',
    summary: 'Tải danh sách học viên của lớp (Excel): ngày sinh, giới tính, dân tộc, đơn vị cử, quyết định',
  },
  {
    list: 'results',
    path: 'results.xlsx',
    summary: 'Tải kết quả học tập của lớp (Excel): điểm từng bài, số buổi có mặt, vắng, xếp loại',
  },
  {
    list: 'certificates',
    path: 'certificates.xlsx',
    summary: 'Tải danh sách cấp chứng chỉ của lớp (Excel): số chứng chỉ, ngày cấp, thư xác nhận thay thế',
  },
];

/** A course's lists as official spreadsheets. */
export async function trainingListRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  for (const l of LISTS) {
    app.get(`/api/training/courses/:id/${l.path}`, {
      config: { access: { permission: 'training.read' } },
      schema: { tags: ['Đào tạo, bồi dưỡng'], summary: l.summary, params: courseIdParams },
      handler: async (req, reply) => {
        const { file, body } = await courseListWorkbook(
          db,
          auditContext(req),
          actorOf(req),
          req.params.id,
          l.list,
        );
        return reply.type(XLSX).header('content-disposition', `attachment; filename="${file}"`).send(body);
      },
    });
  }
}
