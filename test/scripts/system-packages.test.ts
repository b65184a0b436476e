import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planInstall, type Machine, type SystemNeed } from '../../scripts/system-packages.js';

const need = (name: string): SystemNeed => ({ package: name, why: name, present: () => false });
const machine = fc.record<Machine>({ hasApt: fc.boolean(), mayInstall: fc.boolean(), sudo: fc.boolean() });
const needs = fc.uniqueArray(fc.constantFrom('openjdk-17-jdk-headless', 'chromium', 'fonts-noto-core'), { maxLength: 3 }).map((n) => n.map(need));

describe('bringing Java and Chromium for the README commands', () => {
  it('does nothing when nothing is missing', () => {
    fc.assert(
      fc.property(machine, (m) => {
        expect(planInstall([], m)).toEqual({ kind: 'nothing' });
      }),
    );
  });

  it('installs with apt exactly when apt is there and may run without a password, else names the one command', () => {
    fc.assert(
      fc.property(needs.filter((n) => n.length > 0), machine, (missing, m) => {
        const plan = planInstall(missing, m);
        const packages = missing.map((n) => n.package);
        if (m.hasApt && m.mayInstall) expect(plan).toEqual({ kind: 'install', packages, sudo: m.sudo });
        else expect(plan).toEqual({ kind: 'tell', command: `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}` });
      }),
    );
  });
});
