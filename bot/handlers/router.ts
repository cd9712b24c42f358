// Routing by table: command name -> handler, card verb -> handler. Unknown commands fall through to
// the question answerer; unknown verbs get a typed "unknown" result, never an exception.
import type { ActionHandler, CommandSpec, Feature } from './types.ts';

export interface Router {
  command(text: string): { spec: CommandSpec; args: string } | undefined;
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
  // Longest names first, so "lado clock" wins over "lado".
  const byName = commands
    .flatMap((spec) => [spec.name, ...(spec.aliases ?? [])].map((name) => ({ name, spec })))
    .sort((a, b) => b.name.length - a.name.length);

  return {
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
}
