import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeArgs, chromePath } from './scripts/chrome-path.js';
import { frameworkBundles } from './test/framework-bundles.js';
import { serverCommands } from './test/server-commands.js';

const files = process.env.TEST_FILES ?? 'test/**/*.test.ts';

export default {
  files,
  nodeResolve: { exportConditions: ['production'] },
  hostname: '127.0.0.1',
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs() },
    }),
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>globalThis.FUZZ_RUNS = ${Number(process.env.FUZZ_RUNS) || 300};</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), ...serverCommands(), frameworkBundles()],
  middleware: [
    // Pages under /test/csp/ are served with a strict Content-Security-Policy and Trusted Types.
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
            "require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
  ],
};
