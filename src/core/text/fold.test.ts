import { describe, expect, it } from 'vitest';
import { cleanText, foldVietnamese, matchLabel, nameSortKey } from './fold';

describe('Vietnamese text', () => {
  it('folds names for search', () => {
    expect(foldVietnamese('Nguyễn Văn Chà')).toBe('nguyen van cha');
    expect(foldVietnamese('  ĐẶNG   Thị Ánh ')).toBe('dang thi anh');
    expect(foldVietnamese('Lò Thị Hương')).toBe('lo thi huong');
  });

  it('folds decomposed input (NFD from some keyboards) the same way', () => {
    expect(foldVietnamese('Nguyê\u0303n')).toBe(foldVietnamese('Nguyễn'));
    expect(cleanText('Nguye\u0302\u0303n  Văn')).toBe('Nguyễn Văn');
  });

  it('sorts by given name first', () => {
    expect(nameSortKey('Nguyễn Văn An')).toBe('an nguyen van');
    const names = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Chà'];
    expect(names.sort((a, b) => nameSortKey(a).localeCompare(nameSortKey(b)))).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Chà',
    ]);
  });

  it('matches labels without diacritics or case', () => {
    const labels = { male: 'Nam', female: 'Nữ' } as const;
    expect(matchLabel('nu', labels)).toBe('female');
    expect(matchLabel('NỮ', labels)).toBe('female');
    expect(matchLabel('nam', labels)).toBe('male');
    expect(matchLabel('khác', labels)).toBeNull();
  });
});
