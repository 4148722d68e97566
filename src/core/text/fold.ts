/**
 * Vietnamese search folding: lowercase, no diacritics, đ → d, single spaces.
 * "Nguyễn Văn Chà" → "nguyen van cha". Used for the stored search column and for queries,
 * so both sides fold the same way.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text as stored: NFC, trimmed, inner whitespace collapsed. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Sort key for Vietnamese names: given name (last word) first, then the rest
 * ("Nguyễn Văn An" → "an nguyen van"), so lists sort by given name as officers expect.
 */
export function nameSortKey(fullName: string): string {
  const words = foldVietnamese(fullName).split(' ').filter(Boolean);
  const given = words.pop() ?? '';
  return [given, ...words].join(' ');
}

/** Matches an enumerated Vietnamese value case- and diacritics-insensitively (contracts: enums). */
export function matchLabel<K extends string>(
  input: string,
  labels: Record<K, string>,
  aliases: Partial<Record<string, K>> = {},
): K | null {
  const wanted = foldVietnamese(input);
  if (!wanted) return null;
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    if (foldVietnamese(label) === wanted || key === input.trim()) return key;
  }
  return aliases[wanted] ?? null;
}
