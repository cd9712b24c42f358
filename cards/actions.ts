// Every card action is an Action.Execute (Universal Actions) with an Action.Submit fallback, because Teams
// mobile does not run Action.Execute. Both carry the verb in `data`, and both reach the same handler.
import type { CardAction } from './types.ts';

export type ActionData = Record<string, string | number | boolean | null | undefined>;

export function executeAction(title: string, verb: string, data: ActionData = {}, style?: 'positive' | 'destructive'): CardAction {
  const payload = { ...stripUndefined(data), verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: payload, ...(style ? { style } : {}) },
  };
}

export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

function stripUndefined(data: ActionData): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(data)) if (v !== undefined) out[k] = v;
  return out;
}
