// Replaced at build time with package.json's version (scripts/build.mjs, vitest.config.ts).
declare const __RESPOND_VERSION__: string;
export const VERSION: string = typeof __RESPOND_VERSION__ === 'string' ? __RESPOND_VERSION__ : '0.0.0-dev';
