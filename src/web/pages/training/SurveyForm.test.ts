import { describe, expect, it } from 'vitest';
import { surveyRequest } from './SurveyForm';

describe('survey request', () => {
  it('keeps answered questions and a trimmed comment, drops the rest', () => {
    expect(
      surveyRequest({ answers: { noi_dung: 8, giang_vien: null, to_chuc: 0 }, comment: '  Tốt  ' }),
    ).toEqual({
      answers: { noi_dung: 8, to_chuc: 0 },
      comment: 'Tốt',
    });
    expect(surveyRequest({ answers: {}, comment: ' ' })).toEqual({ answers: {} });
  });
});
