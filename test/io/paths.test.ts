import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlaybooksDir, packageRoot, resolvePaths } from '../../src/io/paths.js';

describe('paths', () => {
  it('finds the package root and its built-in playbooks from the source too', () => {
    expect(existsSync(join(packageRoot(), 'package.json'))).toBe(true);
    expect(existsSync(join(builtinPlaybooksDir(), 'fraud-order.yaml'))).toBe(true);
  });

  it('puts everything under RESPOND_HOME when it is set', () => {
    expect(resolvePaths({ RESPOND_HOME: '/tmp/r', HOME: '/home/x' })).toEqual({
      playbooks: '/tmp/r/playbooks',
      cases: '/tmp/r/cases',
      data: '/tmp/r',
      cache: '/tmp/r/cache',
    });
  });

  it('follows XDG, ignoring relative XDG paths as the spec says', () => {
    expect(resolvePaths({ HOME: '/home/x', XDG_CONFIG_HOME: '/cfg', XDG_DATA_HOME: 'relative' })).toEqual({
      playbooks: '/cfg/respond/playbooks',
      cases: '/home/x/.local/share/respond/cases',
      data: '/home/x/.local/share/respond',
      cache: '/home/x/.cache/respond',
    });
  });

  it('keeps what can be rebuilt under XDG_CACHE_HOME, apart from the cases', () => {
    expect(resolvePaths({ HOME: '/home/x', XDG_CACHE_HOME: '/var/cache/x' }).cache).toBe(
      '/var/cache/x/respond',
    );
  });
});
