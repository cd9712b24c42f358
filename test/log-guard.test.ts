// The shared after-each check (test/support/setup.ts): what it reports, and how a test declares an error it expects.
import { expect, it } from 'vitest';
import { captureLogs, expectErrorLogs, takeUnexpectedErrors } from './support/log-capture.ts';

it('reports an error logged during a test, once, and ignores warnings', () => {
  takeUnexpectedErrors();
  const { logger } = captureLogs();
  logger.warn('something.odd', {});
  logger.error('something.failed', { id: 7 });
  expect(takeUnexpectedErrors()).toEqual(['something.failed {"id":7}']);
  expect(takeUnexpectedErrors()).toEqual([]);
});

it('lets a test declare the errors it provokes, for that test only', () => {
  const { logger } = captureLogs();
  expectErrorLogs(/^dispatch\.failed /);
  logger.error('dispatch.failed', { id: 1 });
  logger.error('dispatch.tick_failed', {});
  expect(takeUnexpectedErrors()).toEqual(['dispatch.tick_failed {}']);
  logger.error('dispatch.failed', { id: 2 });
  expect(takeUnexpectedErrors()).toEqual(['dispatch.failed {"id":2}']);
});
