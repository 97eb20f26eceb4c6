import { executeServerCommand } from '@web/test-runner-commands';

/** Runs the test page in another time zone (null resets to the machine's). */
export const emulateTimezone = (zone: string | null) => executeServerCommand('emulate-timezone', zone);
export const setViewport = (width: number, height = 800) => executeServerCommand('viewport', { width, height });
export const emulateMedia = (options: { colorScheme?: 'dark' | 'light'; reducedMotion?: 'reduce' | 'no-preference'; media?: 'print' | 'screen' | null }) =>
  executeServerCommand('emulate-media', options);
/** The test page printed to PDF, as text. */
export const printedText = () => executeServerCommand<string, undefined>('pdf-text');
export const bundleSize = () => executeServerCommand<{ min: number; gzip: number }, undefined>('bundle-size');
