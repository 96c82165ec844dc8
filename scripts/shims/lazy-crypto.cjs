// node:crypto (16 modules, OpenSSL's set-up) took 3 ms of every start before the first
// question, for the hashes of a case's first line, which is written after the question is
// drawn (io/journal.ts, deferFirstLine), and for evidence, which a start rarely attaches.
// The bundle gets this stand-in (lazy-module.cjs) instead.
'use strict';

module.exports = require('./lazy-module.cjs')('crypto', ['createHash', 'randomBytes', 'randomInt']);
