import os from 'node:os';
import type { Measurement } from './types';

export interface BenchReport {
  startedAt: string;
  machine: {
    cpus: string;
    cores: number;
    memoryGiB: number;
    node: string;
    platform: string;
    postgres: string;
  };
  dataset: string;
  results: { benchmark: string; description: string; measurements: Measurement[] }[];
}

export function machineInfo(postgres: string): BenchReport['machine'] {
  return {
    cpus: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    postgres,
  };
}

const cell = (v: number | string | undefined) => (v === undefined ? '' : String(v));

export function toMarkdown(r: BenchReport): string {
  const lines = [
    `# Benchmarks ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.platform}; ${r.machine.postgres}.`,
    `Dataset: ${r.dataset}.`,
    '',
    '| Benchmark | Measurement | Unit | Median | p95 | p99 | Value | Samples | Notes |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const b of r.results) {
    for (const m of b.measurements) {
      lines.push(
        `| ${b.benchmark} | ${m.name} | ${m.unit} | ${cell(m.median)} | ${cell(m.p95)} | ${cell(m.p99)} | ${cell(m.value)} | ${cell(m.samples)} | ${cell(m.notes)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
