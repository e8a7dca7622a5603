import { ensureDebianPackage } from '../../scripts/ensure-debian-package';

/**
 * A Debian tool a test needs (nginx, Java, ShellCheck), installed when it is missing and we are root, as Chromium
 * is. When it cannot be had: the reason with the install command, for the test to skip with locally; under CI=true
 * an error with the same words instead, so that CI never passes without running the test.
 */
export function debianTool(binary: string, pkg: string): string | undefined {
  const problem = ensureDebianPackage(binary, pkg);
  if (problem && process.env.CI === 'true')
    throw new Error(`${problem}\nCI=true: a test whose tool is missing fails instead of being skipped.`);
  return problem;
}
