/**
 * Browser tests against the built site: globalSetup builds it (scripts/build.ts), a tiny static
 * server (tests/e2e/serve.ts) serves dist/ on 127.0.0.1. Playwright starts the server before global
 * setup, so the server reads files per request (the build swaps dist/ in underneath it) and answers
 * /__health for the readiness check. The system Chromium is used when present.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.SUNLIGHT_E2E_PORT ?? 4391);
const systemChromium = '/usr/bin/chromium';
const root = import.meta.dirname;
// SUNLIGHT_E2E_DIST lets parallel runs build and serve their own copy of the site.
const dist = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(root, 'dist'));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    ...devices['Desktop Chrome'],
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        }
      : {},
  },
  webServer: {
    command: `${path.join(root, 'node_modules', '.bin', 'node')} ${path.join(root, 'tests', 'e2e', 'serve.ts')} ${dist} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/__health`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
