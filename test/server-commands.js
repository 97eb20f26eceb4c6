// Commands tests run in Node through executeServerCommand: things a page cannot do itself.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** The puppeteer page of the test session (Chrome launcher only). */
function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error('This command needs the Chrome launcher');
  return session.browser.getPage(session.id);
}

export function serverCommands() {
  return [
    {
      name: 'goalkit-commands',
      async executeCommand({ command, payload, session }) {
        switch (command) {
          case 'bundle-size': {
            const code = await readFile(new URL('../dist/goalkit.js', import.meta.url));
            return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
          }
          case 'emulate-timezone':
            // payload: an IANA zone such as "Pacific/Auckland", or null to reset.
            await pageOf(session).emulateTimezone(payload ?? undefined);
            return true;
          case 'viewport':
            await pageOf(session).setViewport({ width: payload.width, height: payload.height ?? 800 });
            return true;
          case 'emulate-media':
            // payload: { colorScheme?: 'dark' | 'light', reducedMotion?: 'reduce' | 'no-preference', media?: 'print' | 'screen' }
            if (payload.media !== undefined) await pageOf(session).emulateMediaType(payload.media);
            await pageOf(session).emulateMediaFeatures([
              ...(payload.colorScheme ? [{ name: 'prefers-color-scheme', value: payload.colorScheme }] : []),
              ...(payload.reducedMotion ? [{ name: 'prefers-reduced-motion', value: payload.reducedMotion }] : []),
            ]);
            return true;
          case 'pdf-text': {
            // Prints the test page to PDF (print media, as a learner's printer would get it)
            // and returns the text of every page.
            const pdf = await pageOf(session).pdf({ format: 'A4', printBackground: false });
            const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
            const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
            const pages = [];
            for (let n = 1; n <= document.numPages; n++) {
              const content = await (await document.getPage(n)).getTextContent();
              pages.push(content.items.map((item) => item.str).join(' '));
            }
            return pages.join('\n');
          }
          default:
            return undefined;
        }
      },
    },
  ];
}
