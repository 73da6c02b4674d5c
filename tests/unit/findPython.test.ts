import { describe, expect, it } from 'vitest';
import { SYSTEM_PACKAGES_INSTALL } from '../../tools/findExecutable';
import { findPython } from '../../tools/findPython';

describe('findPython', () => {
  it('fails with the README’s install line when PYTHON names no program', () => {
    expect(() => findPython({ PYTHON: '/nonexistent/python3' })).toThrow(SYSTEM_PACKAGES_INSTALL);
  });

  it('fails with the install line when the interpreter lacks scikit-learn', () => {
    // /bin/false is executable but imports nothing.
    expect(() => findPython({ PYTHON: '/bin/false' })).toThrow(/cannot import scikit-learn.*apt-get install -y/s);
  });

  it('finds an interpreter that imports scikit-learn and nbformat', () => {
    expect(findPython({})).toMatch(/python/);
  });
});
