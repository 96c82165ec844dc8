// commander requires node:child_process at load time for a feature respond never uses
// (executable subcommands). Loading it (and dgram, net, streams behind it) costs every
// start a few milliseconds, so the bundle gets this stand-in: the real module is loaded
// on first use, and behaves exactly the same from then on.
// The name is built at run time so the bundler neither inlines the module nor aliases
// this require back to the shim itself.
const name = ['node', 'child_process'].join(':');
let real;
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      real ??= require(name);
      return real[key];
    },
  },
);
