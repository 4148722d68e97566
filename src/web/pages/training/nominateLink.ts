/**
 * "Cử đi học" from the people list: the course page's Học viên tab with `cu` = the list's query
 * string, which the nomination drawer reads back with `peopleFilters` (RosterTab → NominateDrawer).
 */
import type { PeopleParams } from '../../api/endpoints';
import { coursePath } from '../../auth/paths';
import { peopleQueryString } from '../people/peopleFilters';

export function nominatePath(courseId: number, filters: PeopleParams): string {
  const q = new URLSearchParams({ tab: 'hoc-vien', cu: peopleQueryString(filters) });
  return `${coursePath(courseId)}?${q.toString()}`;
}
