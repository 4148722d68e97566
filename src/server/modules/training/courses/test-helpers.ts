/** Test helpers of the course and enrolment tests: catalogue rows and courses made through the API. */
import type { App } from '../../../http/types';
import type { Session, Unit } from '../../../testing/factories';
import { uniq } from '../../../testing/harness';

export async function makeInstitution(app: App, admin: Session, unit: Unit | null = null): Promise<string> {
  const code = uniq('TRUONG');
  const res = await app.inject({
    method: 'POST',
    url: '/api/training/institutions',
    headers: admin.headers,
    payload: {
      code,
      name: `Trường Chính trị ${code}`,
      kind: 'political_school',
      unitCode: unit?.code ?? null,
    },
  });
  if (res.statusCode !== 201) throw new Error(`institution: ${res.statusCode} ${res.body}`);
  return code;
}

export interface CourseInput {
  programmeCode?: string;
  capacity?: number;
  startDate?: string;
  endDate?: string;
  status?: 'planned' | 'open' | 'running';
}

/** A course organised by `organiser` through the API, moved to `status` (default open). */
export async function makeCourse(
  app: App,
  manager: Session,
  institutionCode: string,
  organiser: Unit,
  input: CourseInput = {},
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/training/courses',
    headers: manager.headers,
    payload: {
      name: 'Lớp thử nghiệm',
      programmeCode: input.programmeCode ?? 'LLCT_TRUNG_CAP',
      institutionCode,
      organiserUnitCode: organiser.code,
      mode: 'part_time',
      place: 'Hội trường tỉnh',
      startDate: input.startDate ?? '2026-03-02',
      endDate: input.endDate ?? '2026-08-28',
      capacity: input.capacity ?? 50,
    },
  });
  if (res.statusCode !== 201) throw new Error(`course: ${res.statusCode} ${res.body}`);
  const course = res.json() as { id: number; code: string };
  const path: ('open' | 'running')[] =
    input.status === 'planned' ? [] : input.status === 'running' ? ['open', 'running'] : ['open'];
  for (const status of path) {
    const s = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${course.id}/status`,
      headers: manager.headers,
      payload: { status },
    });
    if (s.statusCode !== 200) throw new Error(`status: ${s.statusCode} ${s.body}`);
  }
  return course;
}
