// Checks the fields of an incoming activity that our handlers and botbuilder read, before anything runs, so a
// malformed one is a 400 naming the field rather than a TypeError inside a turn.
import { z } from 'zod';

const optionalText = z.string({ error: 'must be a string' }).max(100_000).nullish();
const account = z.looseObject({ id: z.string({ error: 'must be a string' }), aadObjectId: optionalText, name: optionalText }, { error: 'must be an object with an id' });
const listOf = <T extends z.ZodType>(item: T) => z.array(item, { error: 'must be a list' }).max(1000).nullish();

const activitySchema = z.looseObject({
  type: z.string({ error: 'is missing (the activity has no type)' }).min(1, 'is empty (the activity has no type)'),
  id: optionalText,
  channelId: optionalText,
  serviceUrl: z.string({ error: 'is missing' }).regex(/^https?:\/\//, 'must be an http(s) address'),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id: z.string({ error: 'must be a string' }).min(1, 'is empty'), tenantId: optionalText, conversationType: optionalText }, { error: 'must be an object with an id' }),
  text: optionalText,
  name: optionalText,
  action: optionalText,
  replyToId: optionalText,
  locale: optionalText,
  attachments: listOf(z.looseObject({ contentType: optionalText }, { error: 'must be an object' })),
  entities: listOf(z.looseObject({ type: optionalText }, { error: 'must be an object' })),
  membersAdded: listOf(account),
  membersRemoved: listOf(account),
  channelData: z.looseObject({ tenant: z.looseObject({ id: optionalText }).optional() }, { error: 'must be an object' }).optional(),
});

/** A sentence naming the first bad field, or undefined when the activity can be handled. */
export function activityFieldProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON activity object';
  const result = activitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'activity';
  return `The activity field "${field}" ${issue.message.replace(/^Invalid input: /, '')}`;
}
