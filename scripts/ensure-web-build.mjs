#!/usr/bin/env node
// Builds the web app (vite build) when dist/web is missing or older than its sources, so
// `npm start` on a fresh clone serves the UI without a separate build step, and restarts stay fast.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist/web/index.html');
const sources = ['src/web', 'src/core', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), st.mtimeMs);
}

const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('[cadre] Đang dựng giao diện web (vite build)…');
  execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
