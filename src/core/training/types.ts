/** Completion rule of a programme: full attendance and every score at least `minScore` (of 10). */
export interface CompletionRule {
  fullAttendance: boolean;
  minScore: number;
}
