// Part of `npm run build`: the files the compiled bot reads at run time beside its code in dist/
// (card templates next to cards/*.js, the web pages' static files next to bot/web/*.js, the English word list, England's
// bank holiday rules).
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
for (const file of readdirSync(join(root, 'cards')).filter((f) => f.endsWith('.json'))) {
  cpSync(join(root, 'cards', file), join(root, 'dist', 'cards', file));
}
cpSync(join(root, 'bot', 'knowledge', 'words'), join(root, 'dist', 'bot', 'knowledge', 'words'), { recursive: true });
cpSync(join(root, 'bot', 'time', 'england-holidays.json'), join(root, 'dist', 'bot', 'time', 'england-holidays.json'));
cpSync(join(root, 'bot', 'web', 'static'), join(root, 'dist', 'bot', 'web', 'static'), { recursive: true });
