export default {
  globs: ['src/components/**/*.ts', 'src/internal/goalkit-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
