import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './paths';

describe('return address after login', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/quan-tri/nhat-ky?action=user.create')).toBe('/quan-tri/nhat-ky?action=user.create');
  });

  it('refuses other sites and the login page itself', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/dang-nhap?next=/x',
      '',
      null,
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });

  it('builds the login address with an encoded next', () => {
    expect(loginPath('/quan-tri/nguoi-dung?q=an')).toBe('/dang-nhap?next=%2Fquan-tri%2Fnguoi-dung%3Fq%3Dan');
    expect(loginPath('/')).toBe('/dang-nhap');
    expect(loginPath()).toBe('/dang-nhap');
  });
});
