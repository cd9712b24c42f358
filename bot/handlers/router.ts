// Routing by table: command name -> handler, card verb -> handler. A message that names no command takes
// the fallback route (a question); unknown verbs get a typed "unknown" result, never an exception.
import type { ActionHandler, CommandContext, CommandSpec, Feature, Reply } from './types.ts';

export type Route =
  | { kind: 'command'; spec: CommandSpec; args: string; run(ctx: CommandContext): Promise<Reply[]> }
  | { kind: 'fallback'; feature: string; run(ctx: CommandContext): Promise<Reply[]> };

export interface Router {
  /** The command the text names, else the fallback (a question). */
  route(text: string): Route;
  command(text: string): { spec: CommandSpec; args: string } | undefined;
  /** The welcome card (help), for new installs and messages with no words. */
  welcome(): Reply[];
  action(verb: string): ActionHandler | undefined;
  /** The commands users see (help card, Teams manifest). */
  listedCommands(): Array<{ name: string; description: string }>;
}

export function createRouter(features: Feature[]): Router {
  const commands = features.flatMap((f) => f.commands ?? []);
  const actions = new Map<string, ActionHandler>();
  const names = new Set<string>();
  for (const c of commands) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      if (names.has(n)) throw new Error(`router: command "${n}" is defined twice`);
      names.add(n);
    }
  }
  for (const f of features) {
    for (const [verb, handler] of Object.entries(f.actions ?? {})) {
      if (actions.has(verb)) throw new Error(`router: card verb "${verb}" is defined twice (in ${f.name})`);
      actions.set(verb, handler);
    }
  }
  const only = <K extends 'fallback' | 'welcome'>(key: K) => {
    const providers = features.filter((f) => f[key]);
    if (providers.length > 1) throw new Error(`router: ${key} is defined twice (in ${providers.map((f) => f.name).join(', ')})`);
    return providers[0];
  };
  const fallback = only('fallback');
  const welcomer = only('welcome');
  // Longest names first, so "lado clock" wins over "lado".
  const byName = commands
    .flatMap((spec) => [spec.name, ...(spec.aliases ?? [])].map((name) => ({ name, spec })))
    .sort((a, b) => b.name.length - a.name.length);

  const router: Router = {
    route(text) {
      const found = router.command(text);
      if (found) return { kind: 'command', ...found, run: (ctx) => found.spec.run(ctx) };
      return { kind: 'fallback', feature: fallback?.name ?? 'welcome', run: async (ctx) => (fallback?.fallback ? fallback.fallback(ctx) : router.welcome()) };
    },
    welcome: () => (welcomer?.welcome ? [welcomer.welcome()] : []),
    command(text) {
      const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
      for (const { name, spec } of byName) {
        if (t === name || t.startsWith(`${name} `)) return { spec, args: text.trim().slice(name.length).trim() };
      }
      for (const spec of commands) if (spec.patterns?.some((p) => p.test(t))) return { spec, args: '' };
      return undefined;
    },
    action: (verb) => actions.get(verb),
    listedCommands: () => commands.filter((c) => c.listed !== false).map((c) => ({ name: c.name, description: c.description })),
  };
  return router;
}
