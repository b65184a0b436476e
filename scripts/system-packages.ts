import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A Debian package that a command of the README needs, and how to tell whether it is there. */
export interface SystemNeed {
  package: string;
  /** Why, in a few words, for the line that says what is being installed. */
  why: string;
  present: () => boolean;
}

export interface Machine {
  hasApt: boolean;
  /** Root, or sudo without a password: apt can run without asking anyone. */
  mayInstall: boolean;
  sudo: boolean;
}

export type Plan = { kind: 'nothing' } | { kind: 'install'; packages: string[]; sudo: boolean } | { kind: 'tell'; command: string };

const aptInstall = (packages: string[]) => `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** What to do about the missing packages on this machine: install them, or say the one command that would. */
export function planInstall(missing: readonly SystemNeed[], machine: Machine): Plan {
  if (missing.length === 0) return { kind: 'nothing' };
  const packages = missing.map((n) => n.package);
  if (!machine.hasApt || !machine.mayInstall) return { kind: 'tell', command: aptInstall(packages) };
  return { kind: 'install', packages, sudo: machine.sudo };
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

export const commandExists = (command: string) => succeeds('sh', ['-c', `command -v ${command}`]);
export const debianPackageInstalled = (name: string) => succeeds('dpkg', ['-s', name]);

function thisMachine(): Machine {
  const root = process.getuid?.() === 0;
  const sudo = !root && commandExists('sudo') && succeeds('sudo', ['-n', 'true']);
  return { hasApt: existsSync('/usr/bin/apt-get'), mayInstall: root || sudo, sudo };
}

/**
 * Makes sure the packages are there: installs what is missing with apt when this machine lets us
 * (as `.ci/run` does), showing apt's own progress; otherwise prints the one command to run and
 * answers false.
 */
export function ensureSystemPackages(needs: readonly SystemNeed[]): boolean {
  const missing = needs.filter((n) => !n.present());
  const plan = planInstall(missing, thisMachine());
  if (plan.kind === 'nothing') return true;
  if (plan.kind === 'tell') {
    console.error(`Missing: ${missing.map((n) => `${n.package} (${n.why})`).join(', ')}. Install with:\n  ${plan.command}`);
    return false;
  }
  console.log(`Installing with apt, once (about a minute): ${missing.map((n) => `${n.package} (${n.why})`).join(', ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args: string[]) =>
    spawnSync(plan.sudo ? 'sudo' : 'apt-get', plan.sudo ? ['-n', 'apt-get', ...args] : args, { stdio: 'inherit', env }).status === 0;
  const installed = apt('update', '-q') && apt('install', '-y', '--no-install-recommends', ...plan.packages);
  if (installed) return true;
  console.error(`apt could not install ${plan.packages.join(' ')}. Try it yourself:\n  ${aptInstall(plan.packages)}`);
  return false;
}

// The JDK, not the JRE: DynamoDB Local starts through a small launcher compiled here, to bind it to loopback.
export const java: SystemNeed = { package: 'openjdk-17-jdk-headless', why: 'Java for DynamoDB Local', present: () => commandExists('java') && commandExists('javac') };
export const chromium: SystemNeed = { package: 'chromium', why: 'the browser tests', present: () => existsSync('/usr/bin/chromium') };
export const themeFonts: SystemNeed = {
  package: 'fonts-noto-core',
  why: "the theme's fonts, so the browser tests render alike everywhere",
  present: () => !existsSync('/usr/bin/dpkg') || debianPackageInstalled('fonts-noto-core'),
};
