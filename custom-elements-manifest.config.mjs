import { readFileSync } from 'node:fs';

// Tags are registered in one place (src/define.ts): read them from there.
const tags = Object.fromEntries(
  [...readFileSync('src/define.ts', 'utf8').matchAll(/\['([a-z-]+)', (\w+)\]/g)].map(([, tag, name]) => [name, tag]),
);

/** Names each element's tag, and keeps only the public `goalkit-*` events. */
function goalkitManifest() {
  return {
    name: 'goalkit-manifest',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (tags[declaration.name]) {
            declaration.tagName = tags[declaration.name];
            declaration.customElement = true;
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('goalkit-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/goalkit-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [goalkitManifest()],
};
