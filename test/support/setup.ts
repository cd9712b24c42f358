// Shared by every suite (vitest setupFiles): an error logged during a test fails it, unless the test
// declared it with expectErrorLogs. Errors logged in beforeAll count against the first test.
import { afterEach } from 'vitest';
import { takeUnexpectedErrors } from './log-capture.ts';

afterEach(() => {
  const errors = takeUnexpectedErrors();
  if (errors.length) throw new Error(`unexpected error logged:\n  ${errors.join('\n  ')}`);
});
