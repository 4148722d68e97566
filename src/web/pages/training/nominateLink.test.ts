import { describe, expect, it } from 'vitest';
import type { PeopleParams } from '../../api/endpoints';
import { peopleFilters, peopleQueryString } from '../people/peopleFilters';
import { nominatePath } from './nominateLink';

/** What RosterTab + NominateDrawer make of the link: `cu` parsed with the people page's rules. */
function readBack(path: string): { pathname: string; tab: string | null; filters: PeopleParams | null } {
  const url = new URL(path, 'http://cadre.invalid');
  const cu = url.searchParams.get('cu');
  return {
    pathname: url.pathname,
    tab: url.searchParams.get('tab'),
    filters: cu ? peopleFilters(new URLSearchParams(cu)) : null,
  };
}

const none: PeopleParams = peopleFilters(new URLSearchParams());

describe('nominating from the people list', () => {
  it('carries every filter of the list to the drawer, numbers and Vietnamese text included', () => {
    const filters: PeopleParams = {
      ...none,
      q: 'Nguyễn Thị & 100% "Hà"',
      unit: 'X_DOC_LAP',
      gender: 'female',
      ethnicity: 'minority',
      keyCadre: 'true',
      ageMin: 30,
      ageMax: 45,
      qualification: 'politicalTheory:trung_cap',
      status: 'active',
      asOf: '2026-01-01',
    };
    const back = readBack(nominatePath(42, filters));
    expect(back.pathname).toBe('/dao-tao/lop/42');
    expect(back.tab).toBe('hoc-vien');
    expect(back.filters).toEqual(filters);
  });

  it('sends an empty cu when the list is not filtered, and leaves out paging and sorting', () => {
    const path = nominatePath(7, { ...none, page: 3, pageSize: 200, sort: '-name' } as PeopleParams);
    expect(new URL(path, 'http://cadre.invalid').searchParams.get('cu')).toBe('');
    expect(peopleQueryString({ unit: 'U1', q: undefined, ageMin: undefined })).toBe('unit=U1');
  });
});
