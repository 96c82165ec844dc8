// The build's id, written in by scripts/build.mjs: a hash of the bundles. Caches carry it, so
// that a new build of respond (a changed validator, summary or plan) never trusts what an
// older one wrote. Run from source (the tests), it is 'source'.
declare const __RESPOND_BUILD__: string;
export const BUILD_ID: string = typeof __RESPOND_BUILD__ === 'string' ? __RESPOND_BUILD__ : 'source';
