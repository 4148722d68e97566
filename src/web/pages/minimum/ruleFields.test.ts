import { describe, expect, it } from 'vitest';
import { ruleFieldOf } from './ruleFields';

describe('rule form fields', () => {
  it('maps the body paths of the API to the flat form fields', () => {
    expect(ruleFieldOf('params.periods')).toBe('periods');
    expect(ruleFieldOf('params.categories.0')).toBe('categories');
    expect(ruleFieldOf('legalBasis.title')).toBe('title');
    expect(ruleFieldOf('note')).toBe('note');
    expect(ruleFieldOf('version')).toBeNull();
  });
});
