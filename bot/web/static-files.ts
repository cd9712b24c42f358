// Serves the files in bot/web/static/ (and a few named files from node_modules) by exact name only.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { HttpRoute } from './http.ts';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
};

const require = createRequire(import.meta.url);
const VENDOR: Record<string, string> = {
  'teams-js.min.js': '@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js',
};

export function createStaticRoutes(): HttpRoute[] {
  const dir = fileURLToPath(new URL('./static/', import.meta.url));
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(dir)) {
    const ext = name.slice(name.lastIndexOf('.'));
    if (TYPES[ext]) files.set(name, { type: TYPES[ext], body: readFileSync(join(dir, name)) });
  }
  for (const [name, spec] of Object.entries(VENDOR)) {
    try {
      files.set(name, { type: TYPES['.js'], body: readFileSync(require.resolve(spec)) });
    } catch {
      // Not installed: the tab then works as a plain page outside Teams.
    }
  }
  return [
    {
      method: 'get',
      path: '/static/:file',
      handle: async (req) => {
        const file = files.get(req.params.file ?? '');
        if (!file) return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found' };
        return { status: 200, contentType: file.type, body: file.body, headers: { 'Cache-Control': 'public, max-age=300' } };
      },
    },
  ];
}
