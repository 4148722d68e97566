import {
  complianceRecomputeBench,
  complianceReportBench,
  complianceUpkeepBench,
} from './benchmarks/compliance';
import { healthBench, meBench } from './benchmarks/http';
import { importExportBench } from './benchmarks/import-export';
import { loginBench } from './benchmarks/login';
import { needsNationBench, planProgressBench, weeklyDigestBench } from './benchmarks/plans';
import { qualificationReportBench } from './benchmarks/reports';
import { searchBench } from './benchmarks/search';
import { trainingNominationBench, trainingReportBench } from './benchmarks/training';
import type { Benchmark } from './types';

/** Every benchmark `npm run bench` knows; add new ones here. */
export const benchmarks: Benchmark[] = [
  healthBench,
  meBench,
  loginBench,
  searchBench,
  qualificationReportBench,
  importExportBench,
  complianceRecomputeBench,
  complianceUpkeepBench,
  complianceReportBench,
  trainingNominationBench,
  trainingReportBench,
  needsNationBench,
  planProgressBench,
  weeklyDigestBench,
];
