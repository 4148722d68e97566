/** A problem's path in the body ("params.periods", "legalBasis.title") → the flat form field. */
export function ruleFieldOf(path: string): string | null {
  const [head, field] = path.split('.');
  if (head === 'params')
    return field === 'periods' ? 'periods' : field === 'categories' ? 'categories' : null;
  if (head === 'legalBasis')
    return field === 'number' || field === 'title' || field === 'date' ? field : null;
  if (head === 'note') return 'note';
  return null;
}
