import { spawnSync } from 'node:child_process';

/**
 * A Debian tool that npm cannot provide (nginx, wrk, Java, ShellCheck), or a file of a package (a font), through
 * scripts/ensure-debian-package.sh: installed with apt-get when it is missing and we are root. Returns why it is
 * unavailable, with the command that installs it, or undefined when it is ready.
 */
export function ensureDebianPackage(binary: string, pkg: string): string | undefined {
  const result = spawnSync('bash', ['scripts/ensure-debian-package.sh', binary, pkg], { encoding: 'utf8' });
  return result.status === 0 ? undefined : (result.stderr || `${binary} is missing`).trim();
}
