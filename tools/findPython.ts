import { execFileSync } from 'node:child_process';
import { findExecutable, SYSTEM_PACKAGES_INSTALL } from './findExecutable';

export const PYTHON_INSTALL_HINT =
  'The Python checks need Python 3 with scikit-learn and nbformat. On Debian/Ubuntu install the ' +
  `test packages with \`${SYSTEM_PACKAGES_INSTALL}\` (as root), or point PYTHON at an interpreter ` +
  'that can `import sklearn, nbformat`, e.g. `PYTHON=/opt/venv/bin/python npm test`.';

/**
 * The Python interpreter that runs the samples' data steps: PYTHON, or Debian's /usr/bin/python3.
 * Throws, with the README's install line, when there is none or it lacks scikit-learn or nbformat:
 * a missing package fails the tests, it never skips them.
 */
export function findPython(env: NodeJS.ProcessEnv = process.env): string {
  const python = findExecutable(
    { name: 'Python 3', envVar: 'PYTHON', candidates: ['/usr/bin/python3'], installHint: PYTHON_INSTALL_HINT },
    env,
  );
  try {
    execFileSync(python, ['-c', 'import sklearn, nbformat, numpy'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').pop();
    throw new Error(`${python} cannot import scikit-learn, nbformat and NumPy (${stderr}). ${PYTHON_INSTALL_HINT}`);
  }
  return python;
}
