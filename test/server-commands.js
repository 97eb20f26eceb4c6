// Commands tests run in Node through executeServerCommand: things a page cannot do itself.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export function serverCommands() {
  return [
    {
      name: 'goalkit-commands',
      async executeCommand({ command, payload }) {
        if (command === 'bundle-size') {
          const code = await readFile(new URL('../dist/goalkit.js', import.meta.url));
          return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
        }
        return undefined;
      },
    },
  ];
}
