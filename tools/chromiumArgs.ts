/** The flags every headless Chromium of the tests, the benchmarks and the audit starts with. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps calling home, which a closed network answers with errors.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
