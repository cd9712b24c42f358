// The question in a practitioner's story (bot/knowledge/ask-part.ts): the part whose words choose the section.
import { describe, expect, it } from 'vitest';
import { askPart } from '../bot/knowledge/ask-part.ts';

describe('the asking part of a message', () => {
  it.each([
    // A story, then a question in its own sentence.
    ['HV here. Baby has a bruise on his ear, mum says his sister did it. Do I still refer?', 'Do I still refer?'],
    // The last asking sentence, not a question inside the story.
    ['she asked me why? then said her uncle hit her. what happens now', 'what happens now'],
    // Dashes and dot-dot-dots stand for full stops.
    ['the minibus driver swore at a year 6 - is that one for the LADO', 'is that one for the LADO'],
    ['the minibus driver swore at a year 6... is that one for the LADO', 'is that one for the LADO'],
    // One long sentence: where the question starts, once a story has come first.
    ['our TA grabbed a boy by the wrist at lunch do I need to tell the LADO', 'do I need to tell the LADO'],
    // Asked first, then the story: the first sentence, when nothing after it asks.
    ['who do I ring out of hours? a mum has turned up drunk to collect her twins', 'who do I ring out of hours?'],
  ])('%s -> %s', (text, ask) => {
    expect(askPart(text)).toBe(ask);
  });

  it.each([
    // A question alone has no story to weigh it against.
    'How quickly must I tell the LADO?',
    'what level is a family needing a TAF',
    // A statement with no question.
    'Our caretaker has been arrested.',
    // Two statements: nothing asks, whatever the first word.
    'What a day. The coach shouted at the under 9s again.',
  ])('none for "%s"', (text) => {
    expect(askPart(text)).toBeUndefined();
  });
});
