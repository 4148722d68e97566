import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app lives in src/web and is built into dist/web, which the server serves.
 * Pages are loaded with React.lazy, so each route is its own chunk; the groups below keep
 * the framework code (React, router, query, i18n) in one long-lived vendor chunk that
 * browsers cache across releases, while antd components follow the pages that use them.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
              priority: 30,
            },
            {
              // Styling engine and the pieces every antd component pulls in.
              name: 'antd-core',
              test: /node_modules[\\/](@ant-design[\\/]cssinjs|@ant-design[\\/]cssinjs-utils|@ant-design[\\/]colors|@ant-design[\\/]fast-color|@emotion|stylis|@rc-component[\\/]util|@rc-component[\\/]motion|@rc-component[\\/]trigger|@rc-component[\\/]portal|@rc-component[\\/]resize-observer|dayjs)[\\/]/,
              priority: 20,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
