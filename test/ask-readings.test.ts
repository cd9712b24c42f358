// How a question's wording is read as what it asks (bot/knowledge/query-intent.ts), on wordings of our own.
import { describe, expect, it } from 'vitest';
import { ASK, readAsks, readIntent } from '../bot/knowledge/query-intent.ts';

describe('"...or just have a word with him?"', () => {
  it.each([
    'should I tell the LADO or just have a quiet word with him',
    'do I report it or deal with it ourselves',
    'is that one to pass on or should we just speak to her',
    'ring someone or just talk to them',
    'should I flag it now or just raise it with the TAF next month',
  ])('asks whether it goes on, not permission for a step: %s', (q) => {
    expect(readAsks(q) & ASK.whether).toBeTruthy();
    expect(readAsks(q) & ASK.mayWe).toBe(0);
  });

  it('"should I tell the DSL?" on its own still asks permission for that step', () => {
    expect(readAsks('should I tell the DSL') & ASK.mayWe).toBeTruthy();
  });
});

describe('"...lado or not?"', () => {
  it.each(['nothing has happened but it feels off. lado or not?', 'bit of a grey area, referral or not?', 'is this a report it or not one'])(
    'asks whether it goes on: %s',
    (q) => expect(readAsks(q) & ASK.whether).toBeTruthy(),
  );

  it('"or not" elsewhere asks nothing of the kind', () => {
    expect(readAsks('whether she comes or not, the plan goes ahead') & ASK.whether).toBe(0);
  });
});

describe('a definition asked for', () => {
  it.each(["what's the proper definition of emotional abuse, in plain words", 'need the legal definition of a child in need'])(
    'asks what it is: %s',
    (q) => expect(readAsks(q) & ASK.whatIs).toBeTruthy(),
  );

  it('"what should we be asking ourselves?" asks for the questions a briefing ends with', () => {
    expect(readAsks('doing a briefing on the review at our huddle, what should we be asking ourselves') & ASK.discussion).toBeTruthy();
    expect(readAsks('what should we be doing differently') & ASK.discussion).toBe(0);
  });

  it('what goes on at a meeting asks what the meeting is; what happens after one does not', () => {
    expect(readAsks('never been to an RCPC before, what actually happens at one of those meetings') & ASK.whatIs).toBeTruthy();
    expect(readAsks('what goes on in a core group, do I have to speak') & ASK.whatIs).toBeTruthy();
    expect(readAsks('what happens after the strategy meeting') & ASK.whatIs).toBe(0);
  });

  it('"what actually is one?" after the thing is named asks what it is', () => {
    expect(readAsks("they've asked us for a report for a 'practice review', what actually is one") & ASK.whatIs).toBeTruthy();
  });

  it('"what counts as" and "does that count as" ask where the line is, not for a definition', () => {
    // Measured: read as a definition too, "What counts as a non-mobile baby?" lost questions that ask no definition.
    expect(readAsks('What counts as emotional abuse?') & ASK.level).toBeTruthy();
    expect(readAsks('What counts as emotional abuse?') & ASK.whatIs).toBe(0);
    expect(readAsks('does shouting at him every day count as emotional abuse') & ASK.whatIs).toBe(0);
  });
});

describe('what an acronym stands for', () => {
  it.each(['no idea what it stands for', 'what does TAF stand for', 'what does the acronym on the agenda stand for'])('asks what it is: %s', (q) =>
    expect(readAsks(q) & ASK.whatIs).toBeTruthy(),
  );

  it('"stand for" as putting up with it is not a definition', () => {
    expect(readAsks("the SW says the family won't stand for another visit") & ASK.whatIs).toBe(0);
  });
});

describe('whether an act counts as abuse', () => {
  it.each(['is shaking a baby physical abuse', 'is smacking a child abuse', 'is leaving them in the car neglect'])('asks what it counts as: %s', (q) =>
    expect(readAsks(q) & ASK.level).toBeTruthy(),
  );

  it('"is it" about something else is not that ask', () => {
    expect(readAsks('is the abuse team on call tonight') & ASK.level).toBe(0);
  });
});

describe('"how long": a time limit on me, or how long something takes', () => {
  // Headings keep both bits, so a plain "timescale?" still fits either kind; a question says which it means.
  it.each(['how long have we actually got to let the designated officer know', 'how long do I have to get the form in', 'how soon must it be reported'])(
    'a time limit on the asker: %s',
    (q) => {
      const asks = readIntent(q).asks;
      expect(asks & ASK.deadline).toBeTruthy();
      expect(asks & ASK.duration).toBe(0);
    },
  );

  it.each(['how long will the assessment take', 'how long does the whole process usually last'])('how long something takes: %s', (q) => {
    const asks = readIntent(q).asks;
    expect(asks & ASK.duration).toBeTruthy();
    expect(asks & ASK.deadline).toBe(0);
  });

  it('a plain question about timescales keeps the general bit, which fits both kinds of heading', () => {
    expect(readIntent('what are the timescales for this').asks & ASK.timescale).toBeTruthy();
    expect(readAsks('How quickly must I tell the designated officer?') & (ASK.timescale | ASK.deadline)).toBe(ASK.timescale | ASK.deadline);
    expect(readAsks('How long does a case take?') & (ASK.timescale | ASK.duration)).toBe(ASK.timescale | ASK.duration);
  });
});

describe('"what do I say to him?"', () => {
  it.each(['the dad asked me outright, what do I say to him', 'what should we tell the family', "where do we even start with something like this", 'where should I begin?', 'what should I be saying to her about it'])('asks what to do: %s', (q) =>
    expect(readAsks(q) & ASK.whatToDo).toBeTruthy(),
  );
});

describe('what was learned, not what happened', () => {
  it('"what did they learn" asks the lessons: a heading on the story shares no ask with it', () => {
    expect(readIntent('what did they learn from the case of the boy in the fire').asks & ASK.lessons).toBeTruthy();
    expect(readIntent('what did they learn from the case of the boy in the fire').asks & ASK.findings).toBe(0);
    expect(readAsks('Child 9: what happened?') & ASK.lessons).toBe(0);
    expect(readAsks('Child 9: what did the board learn?') & ASK.lessons).toBeTruthy();
    // "There was learning in it for us" names the lessons as what is wanted.
    expect(readAsks('my manager said there was some learning in that review for health visitors, what was it') & ASK.lessons).toBeTruthy();
    expect(readAsks('there is a learning review next week') & ASK.lessons).toBe(0);
  });

  it('"what did the audits find" still asks the findings, which a lessons heading also answers', () => {
    expect(readIntent('what did the audits find').asks & ASK.findings).toBeTruthy();
    expect(readAsks('Neglect: what we learned') & ASK.findings).toBeTruthy();
  });
});

describe('"is this something I pass on?"', () => {
  it('asks whether it goes on', () => {
    expect(readAsks('brand new phone, out all night, is this something i pass on') & ASK.whether).toBeTruthy();
  });
});

describe('timing and what went wrong', () => {
  it('"how early" and "when should I be getting it in" ask a time limit', () => {
    expect(readIntent('how early should the referral go in').asks & ASK.deadline).toBeTruthy();
    expect(readIntent('when should I be getting the referral in').asks & ASK.deadline).toBeTruthy();
    expect(readIntent('at what stage of the pregnancy do we refer').asks & ASK.deadline).toBeTruthy();
    expect(readIntent('how many weeks pregnant should she be before we refer').asks & ASK.deadline).toBeTruthy();
  });

  it('"What is not a matter for the designated officer?" draws a line; it defines nothing', () => {
    expect(readAsks('What is not a matter for the designated officer?') & ASK.whatIs).toBe(0);
    expect(readAsks('What is a matter for the designated officer?') & ASK.whatIs).toBeTruthy();
  });

  it('"what should a school do with it?" as a heading asks what to do, as "what should we do" does', () => {
    expect(readAsks('What is a notification from the police, and what should a school do with it?') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('what should staff do when a parent arrives drunk?') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('what should a school look like?') & ASK.whatToDo).toBe(0);
  });

  it('"can I refer without his ok?" asks whether consent is needed; sharing without it is asked as permission', () => {
    expect(readAsks("grandad says I'm not to tell anyone. can I still refer without his ok?") & ASK.whether).toBeTruthy();
    expect(readAsks('can we ring the front door without the parents agreement') & ASK.whether).toBeTruthy();
    expect(readAsks('can I share information without consent') & ASK.whether).toBe(0);
    expect(readAsks('can I refer her to the food bank') & ASK.whether).toBe(0);
  });

  it('"what did agencies get wrong" asks the lessons', () => {
    expect(readIntent('what did the review say agencies got wrong').asks & ASK.lessons).toBeTruthy();
  });
});

describe('"within" and "did it say anything"', () => {
  it('"within" asks a time only with a time after it: "abuse within the family" asks none', () => {
    expect(readAsks('the audit of abuse within families') & ASK.timescale).toBe(0);
    expect(readAsks('is that within the school or outside') & ASK.timescale).toBe(0);
    expect(readAsks('must it go in within 24 hours') & ASK.timescale).toBeTruthy();
    expect(readAsks('is it within one working day') & ASK.timescale).toBeTruthy();
  });

  it('"did it say anything about..." of a review or an audit asks its findings', () => {
    expect(readAsks('the board reviewed cases of neglect, did it say anything about nurseries') & ASK.findings).toBeTruthy();
    expect(readAsks('what did they find') & ASK.findings).toBeTruthy();
    expect(readAsks("didn't a review say we shouldn't rely on those") & ASK.findings).toBeTruthy();
    expect(readAsks('i remember a briefing about a baby in the bath saying something about this') & ASK.findings).toBeTruthy();
    // Not of a person: "did she say anything" is a story.
    expect(readAsks('did she say anything to you') & ASK.findings).toBe(0);
  });
});

describe('how to recognise it', () => {
  it.each(['what are the signs', 'how would I spot it', 'what should I be looking out for', 'any red flags I should know', 'Neglect: what to look for'])('asks the signs: %s', (q) =>
    expect(readAsks(q) & ASK.signs).toBeTruthy(),
  );
  it.each(['he signed the form', 'the signs on the door were taken down', 'what do I do now'])('does not: %s', (q) => expect(readAsks(q) & ASK.signs).toBe(0));
});

describe('"who else?"', () => {
  it.each(["i can't exactly take it to her, can i? who else?", 'who else then?'])('asks whom to tell: %s', (q) => expect(readAsks(q) & ASK.whoTells).toBeTruthy());
  it('"who else attends" asks who takes part', () => {
    expect(readAsks('who else attends the meeting') & ASK.whoTells).toBe(0);
    expect(readAsks('who else attends the meeting') & ASK.whoAttends).toBeTruthy();
  });
});

describe('what it means for the child', () => {
  it.each(["mum's scared he'll end up with a police record, will he?", 'will the girl get arrested for sending it', 'will it go on his record', 'Will a referral get the family into trouble?'])(
    'asks the consequence: %s',
    (q) => expect(readAsks(q) & ASK.consequence).toBeTruthy(),
  );
  it.each(['what should I record', 'he was arrested last year', 'the family are in trouble with money'])('does not: %s', (q) => expect(readAsks(q) & ASK.consequence).toBe(0));
});

describe('a number is not a definition, a purpose is a why, and "the longest" is a duration', () => {
  it('"What is the police non-emergency number?" asks a contact, not what something is', () => {
    expect(readAsks('What is the police non-emergency number?') & ASK.whatIs).toBe(0);
    expect(readAsks('What is the early help hub phone number?') & ASK.whatIs).toBe(0);
    expect(readAsks('What is a strategy meeting?') & ASK.whatIs).toBeTruthy();
    // "What X means" is a definition heading too.
    expect(readAsks('What professional curiosity means') & ASK.whatIs).toBeTruthy();
  });

  it.each(["what's it actually for?", 'whats the point of it', "what's the purpose of a core group", 'what is the audit for'])('asks why: %s', (q) =>
    expect(readAsks(q) & ASK.why).toBeTruthy(),
  );

  it('"the number for the hub" asks no purpose', () => {
    expect(readAsks('what is the number for the hub') & ASK.why).toBe(0);
  });

  it.each(["whats the longest it's supposed to take?", 'what is the maximum a case should last'])('asks how long something takes, not what it is: %s', (q) => {
    expect(readAsks(q) & ASK.duration).toBeTruthy();
    expect(readAsks(q) & ASK.whatIs).toBe(0);
  });
});

describe('findings and lessons in other words', () => {
  it('"what were they unhappy about?" of an inspection asks its findings', () => {
    expect(readAsks('ofsted were critical, what were they unhappy about exactly') & ASK.findings).toBeTruthy();
  });
  it('"look back at how it was handled" asks the lessons', () => {
    expect(readAsks("aren't we meant to look back at how it was handled") & ASK.lessons).toBeTruthy();
    expect(readAsks('I looked at the file yesterday') & ASK.lessons).toBe(0);
  });
});

describe('"what were the lessons?" and "what on earth is it?"', () => {
  it('"what were the lessons" asks the lessons, as a "What we learned" heading does', () => {
    expect(readIntent('my manager mentioned a review about this, what were the lessons?').asks & ASK.lessons).toBeTruthy();
    expect(readAsks('What we learned from the review') & ASK.lessons).toBeTruthy();
  });
  it.each(['everyone keeps saying it in meetings, what on earth is it', 'what even is a TAF', 'what exactly is that'])('asks what a thing is: %s', (q) =>
    expect(readAsks(q) & ASK.whatIs).toBeTruthy(),
  );
  it('"what exactly is the timescale" asks the time, not a definition', () => {
    expect(readAsks('what exactly is the timescale') & ASK.whatIs).toBe(0);
  });
});


describe('meanings and differences, asked in everyday words', () => {
  it.each([
    'the outcome came back as unfounded, does that mean she is in the clear',
    'not sure of the difference between early help and a CIN plan',
    'how is a strategy meeting different from a conference',
    'would the aunt be classed as a private foster carer',
  ])('asks what it is: %s', (q) => expect(readAsks(q) & ASK.whatIs).toBeTruthy());

  it('"it means a lot to her" and "a different school" ask no such thing', () => {
    expect(readAsks('the club means a lot to her and she is moving to a different school') & ASK.whatIs).toBe(0);
  });
});

describe('whether it goes on, in everyday words', () => {
  it.each([
    'is it even worth mentioning to the DSL',
    'do I have to ask dad before I share anything',
    "do I have to get mum's agreement before I share",
    'tell the designated officer or do I just note it down',
  ])('asks whether: %s', (q) => expect(readAsks(q) & ASK.whether).toBeTruthy());

  it('"I need to ask" as a plan, and "the notes" as a thing, ask no such thing', () => {
    expect(readAsks('I need to ask her mum about the notes from the meeting') & ASK.whether).toBe(0);
  });
});

describe('"what was wrong with them?" and "why me?"', () => {
  it('"what was actually wrong with the plans" asks the findings', () => {
    expect(readAsks('the audit looked at our plans, what was actually wrong with them') & ASK.findings).toBeTruthy();
  });

  it('"why me?" asks why', () => {
    expect(readAsks('I have been picked for the audit interview, why me') & ASK.why).toBeTruthy();
    expect(readAsks('she told me and not her teacher') & ASK.why).toBe(0);
  });
});

describe('the story of a case, and a count', () => {
  it.each(['what actually happened in that one?', 'the one with the bath seat, what happened?', 'Child 9: what happened?'])(
    'asks the story, not the findings: %s',
    (q) => {
      expect(readAsks(q) & ASK.story).toBeTruthy();
      expect(readAsks(q) & ASK.findings).toBe(0);
    },
  );

  it('"what happened in that case? what were the lessons?" names the case, and asks the lessons', () => {
    const asks = readIntent('what happened in the case with the twins? what were the lessons').asks;
    expect(asks & ASK.lessons).toBeTruthy();
    expect(asks & ASK.story).toBe(0);
  });

  it.each(['how many allegations did the LADO get last year', 'how many referrals does the front door get', 'the number of contacts received in 2024'])(
    'asks a count: %s',
    (q) => expect(readAsks(q) & ASK.figures).toBeTruthy(),
  );

  it.each(['how many levels of need are there', 'how many concerns before it becomes a referral', 'how many days do we have'])(
    'a count of parts, a rule or a time limit is not figures: %s',
    (q) => expect(readAsks(q) & ASK.figures).toBe(0),
  );
});

describe('"is that LADO level?" and "is there a name for it?"', () => {
  it.each(['is that lado level or not', 'would it be CP level', 'is this early help level'])('asks a level: %s', (q) =>
    expect(readAsks(q) & ASK.level).toBeTruthy(),
  );

  it('"lado level or not" also asks whether it goes on', () => {
    expect(readAsks('is that lado level or not') & ASK.whether).toBeTruthy();
  });

  it('"level with the table" and "the level of noise" ask no level', () => {
    expect(readAsks('is it level with the table') & ASK.level).toBe(0);
    expect(readAsks('was it the level of noise that bothered you') & ASK.level).toBe(0);
  });

  it.each(["isn't there a name for that combination?", 'is there a term for parents who go along with everything'])('asks what it is: %s', (q) =>
    expect(readAsks(q) & ASK.whatIs).toBeTruthy(),
  );
});

describe('whose job it is, when someone else might do it', () => {
  it.each([
    'the HV is visiting tomorrow, can I leave it to her?',
    'could we leave it for the school nurse',
    'the paediatrician said she would deal with it, do I still refer myself?',
    'the GP saw him this morning so they will have reported it surely',
    'is it my job to ring them or the DSL?',
    'Who is responsible for referring a bruise on a baby?',
    'the GP said no need to bother social care, can I still refer even though he said not to?',
    'the boy has a social worker, is it on me to report it or is it the school',
    "it's down to us to tell them then?",
  ])('asks whose job it is: %s', (q) => expect(readAsks(q) & ASK.whoseJob).toBeTruthy());

  it('"leave it there" and "she will sort her room" ask no such thing', () => {
    expect(readAsks('should we leave it there and see') & ASK.whoseJob).toBe(0);
    // Asking what is on someone is not asking whether the step is theirs.
    expect(readAsks("it's up to us what we put in the newsletter") & ASK.whoseJob).toBe(0);
    expect(readAsks('she will sort her room out if you ask') & ASK.whoseJob).toBe(0);
    // A child asking for a secret is not another professional taking the job on.
    expect(readAsks('she told me about her stepdad but said not to tell anyone, what do I do') & ASK.whoseJob).toBe(0);
    expect(readAsks('even though the boy said it was an accident, do I refer?') & ASK.whoseJob).toBe(0);
  });
});

describe('"how quick" and "who notifies"', () => {
  it('"how quick does it have to be done" asks a time limit', () => {
    expect(readAsks('how quick does it have to be done') & ASK.deadline).toBeTruthy();
  });

  it('"Who notifies the panel?" and "who reports it?" ask who tells', () => {
    expect(readAsks('Who notifies the National Panel, and how quickly?') & ASK.whoTells).toBeTruthy();
    expect(readAsks('who reports it to ofsted') & ASK.whoTells).toBeTruthy();
  });
});

describe('"he keeps asking if he can come along"', () => {
  it('asks who attends', () => {
    expect(readAsks('the teacher keeps asking if he can come along to the meeting') & ASK.whoAttends).toBeTruthy();
  });

  it('"if she can sit in" asks it too; "if she can borrow a pen" does not', () => {
    // The reading is narrow: coming, attending, sitting in.
    expect(readAsks('mum wants to know if she can sit in on the strategy meeting') & ASK.whoAttends).toBeTruthy();
    expect(readAsks('she asked if she can borrow a pen') & ASK.whoAttends).toBe(0);
  });
});

describe('which area\'s body it goes to', () => {
  it.each([
    'he lives here but teaches in Bolton, which LADO do I ring?',
    'the family have just moved, whose area is it now?',
    'which local authority is responsible while she is in temporary housing',
    'what council does it go to if he is at school in one place and lives in another',
  ])('asks which body: %s', (q) => expect(readAsks(q) & ASK.whichBody).toBeTruthy());

  it('"what LADO number" asks for a contact, and "which club" no body at all', () => {
    expect(readAsks('what LADO number do I use') & ASK.whichBody).toBe(0);
    expect(readAsks('which club does he go to on a tuesday') & ASK.whichBody).toBe(0);
  });
});

describe('the one accused asking "what happens now?"', () => {
  it.each([
    "I've been told there's an allegation made about me. What happens now?",
    'a boy I foster has told his teacher that I hit him. what happens next?',
    'I have been suspended after a complaint, what happens now',
  ])('asks what comes next, not the first steps: %s', (q) => {
    expect(readAsks(q) & ASK.whatNext).toBeTruthy();
    expect(readAsks(q) & ASK.whatToDo).toBe(0);
  });

  it('a manager told of an allegation about a colleague still asks the first steps', () => {
    expect(readAsks('a parent has made an allegation about my TA, what happens now?') & ASK.whatToDo).toBeTruthy();
  });
});

describe('questions for a team, missed chances, and what happens to a request', () => {
  it('"what questions should we go through with the team" and "discussion questions" ask for the discussion prompts', () => {
    expect(readAsks('running a briefing on the case with my team, what questions should we go through') & ASK.discussion).toBeTruthy();
    expect(readAsks('got any discussion questions for a staff meeting?') & ASK.discussion).toBeTruthy();
    // A question about questions asked of a child is not a team discussion.
    expect(readAsks('what questions should I ask the child when she tells me') & ASK.discussion).toBe(0);
  });

  it('"what were the missed chances?" asks what a review learned', () => {
    expect(readAsks('that review about the baby, what were the missed chances?') & ASK.lessons).toBeTruthy();
  });

  it('"what actually happens to it" asks what happens next; "what do they actually do" asks what the service is', () => {
    expect(readAsks('sent the form in yesterday. what actually happens to it?') & ASK.whatNext).toBeTruthy();
    expect(readAsks('it has gone to the LADO. what do they actually do?') & ASK.whatIs).toBeTruthy();
    // "What do they do now" asks what happens, not what a service is.
    expect(readAsks('the police came. what do they do now?') & ASK.whatIs).toBe(0);
  });
});

describe('"is it even my place?" and "have reviews picked up on it?"', () => {
  it('"is it even my place to say anything" asks whose job it is', () => {
    expect(readAsks('the GP is seeing them now, is it even my place to say anything') & ASK.whoseJob).toBeTruthy();
  });

  it('"is this something reviews have picked up on?" asks what reviews found', () => {
    expect(readAsks('is this something reviews have picked up on?') & ASK.findings).toBeTruthy();
    // Collecting a child is not a finding.
    expect(readAsks('nan picked up her brother from school') & ASK.findings).toBe(0);
  });
});

describe('"find out what happened" is looking into it, not the story of a case', () => {
  it('asks no story', () => {
    expect(readAsks('the head wants to find out what happened before anything else, is that right?') & ASK.story).toBe(0);
    expect(readAsks('what actually happened in the Child K case?') & ASK.story).toBeTruthy();
  });
});

describe('"level 3 or level 4?" and "can anyone come out?"', () => {
  it('two levels compared, and a heading on the levels of need, ask the level', () => {
    expect(readAsks('whats the difference between level 3 and level 4') & ASK.level).toBeTruthy();
    expect(readAsks("What are Wirral's levels of need?") & ASK.level).toBeTruthy();
    expect(readAsks('my NVQ is level 3, can I do the course') & ASK.level).toBe(0);
  });

  it('"can anyone come out and talk to the family?" asks how to get a visit', () => {
    expect(readAsks('can anyone come out and talk to the family about it?') & ASK.howTo).toBeTruthy();
    expect(readAsks('anyone coming out for drinks on friday') & ASK.howTo).toBe(0);
    // A service named as who would come: "can the fire service come out?" asks how to get the visit arranged.
    expect(readAsks('could the school nurse come round and see mum at home?') & ASK.howTo).toBeTruthy();
    expect(readAsks('will the police come out if I ring?') & ASK.howTo).toBeTruthy();
  });

  it('"will the designated officer come in and investigate?" asks what they do, not how to get them to visit', () => {
    expect(readAsks('will the designated officer come in and investigate it for us?') & ASK.howTo).toBe(0);
    expect(readAsks('does the LADO come out to interview the staff member?') & ASK.howTo).toBe(0);
  });
});

describe('"what is it exactly?" and "what the audits actually found"', () => {
  it('asks what a thing is, said after the thing', () => {
    expect(readAsks("the trainer kept saying 'professionally curious', what is it exactly?") & ASK.whatIs).toBeTruthy();
    expect(readAsks("I'm not sure what that means for someone like me") & ASK.whatIs).toBeTruthy();
  });

  it('"did the board say what the audits actually found?" asks the findings', () => {
    expect(readAsks('did the board ever say what the audits actually found?') & ASK.findings).toBeTruthy();
  });
});

describe('a relative "who" is not the question "who attends"', () => {
  it('"a boy who goes to the breakfast club" asks nothing about a meeting', () => {
    // A relative clause after a noun describes the child; the question is elsewhere in the message.
    expect(readAsks('a boy who goes to the breakfast club has bruises, do I report it') & ASK.whoAttends).toBe(0);
  });

  it('"who goes" as the question still asks it, at the start or after "and"', () => {
    expect(readAsks('who goes to an initial child protection conference?') & ASK.whoAttends).toBeTruthy();
    expect(readAsks('is it at the town hall, and who chairs it') & ASK.whoAttends).toBeTruthy();
    expect(readAsks('not sure who comes to a core group') & ASK.whoAttends).toBeTruthy();
  });
});

describe('"what was the case about?"', () => {
  it('asks a reviewed case\'s story, as "what happened" does', () => {
    expect(readAsks('what was the Child K case about, our manager keeps mentioning it') & ASK.story).toBeTruthy();
    expect(readAsks("what's that bruising review about?") & ASK.story).toBeTruthy();
    // "About" after anything else is no story: "what was the meeting about" asks nothing of a case.
    expect(readAsks('what was the training day about') & ASK.story).toBe(0);
  });
});

describe('asking for an explanation', () => {
  it('"a simple explanation of", "keeps mixing up A and B" ask what they are', () => {
    expect(readAsks('can you give me a simple explanation of a strategy discussion') & ASK.whatIs).toBeTruthy();
    expect(readAsks('my student keeps mixing up CIN and CP plans') & ASK.whatIs).toBeTruthy();
    expect(readAsks('the kids mixed up their coats at home time') & ASK.whatIs).toBe(0);
  });
});

describe('"early help or social care?"', () => {
  it('asks which level, however the two are put', () => {
    expect(readAsks('is this an early help thing or a social care one?') & ASK.level).toBeTruthy();
    expect(readAsks('level 2 or do I go to the front door?') & ASK.level).toBeTruthy();
    expect(readAsks('we sent the early help form, do I also ring social care?') & ASK.level).toBe(0);
  });
});

describe('"can I go over her head?"', () => {
  it('asks how to challenge, not about a head teacher', () => {
    expect(readAsks('my manager keeps saying no, can I go over her head') & ASK.challenge).toBeTruthy();
    expect(readAsks('the ball went over her head') & ASK.challenge).toBe(0);
  });
});

describe('"does she count as…?"', () => {
  it('asks what counts, whoever it is asked of', () => {
    expect(readAsks('the lad is 15 and helps his mum every day, does he count as a young carer') & ASK.level).toBeTruthy();
    expect(readAsks('do they still count as looked after') & ASK.level).toBeTruthy();
    expect(readAsks('she can count to ten in French') & ASK.level).toBe(0);
  });
});

describe('"what numbers should I put up?"', () => {
  it('asks for contacts, as "number" does', () => {
    expect(readIntent('what numbers do we put on the safeguarding poster?').wantsContact).toBe(true);
    expect(readIntent('what happened in that review').wantsContact).toBe(false);
  });

  it('an email asked for is a contact; an email received is only the story', () => {
    expect(readIntent("what's the email address for the designated officer").wantsContact).toBe(true);
    expect(readIntent('can I just email the front door or do I have to ring').wantsContact).toBe(true);
    expect(readIntent('got an email asking me to fill in a questionnaire about an old case, why me?').wantsContact).toBe(false);
  });
});

describe('"how risky is that?"', () => {
  it('asks how serious it is, like "is that bad enough?"', () => {
    expect(readAsks('baby asleep on dad on the sofa after a few drinks, how risky is that') & ASK.level).toBeTruthy();
    expect(readAsks('how risky is the trip to the climbing wall') & ASK.level).toBe(0);
  });
});

describe('"is that something or nothing?"', () => {
  it('asks whether it counts', () => {
    expect(readAsks('the coach keeps texting one lad late at night, is that something or nothing?') & ASK.whether).toBeTruthy();
  });
});

describe('"will the designated officer investigate it for us?"', () => {
  it('asks what they do', () => {
    expect(readAsks('will the designated officer investigate it for us or do we?') & ASK.whatIs).toBeTruthy();
    expect(readAsks('does the LADO actually do the investigation?') & ASK.whatIs).toBeTruthy();
  });
});

describe('"...or is it just our own incident form?"', () => {
  it('asks whether it goes on at all', () => {
    expect(readAsks('do I ring the designated officer or is this just our own incident form?') & ASK.whether).toBeTruthy();
    expect(readAsks('LADO or is it an HR matter?') & ASK.whether).toBeTruthy();
  });
});

describe('"what did that review conclude?"', () => {
  it('asks what it found', () => {
    expect(readAsks('what did that review actually conclude?') & ASK.findings).toBeTruthy();
    expect(readAsks('what were the main conclusions of the audit') & ASK.findings).toBeTruthy();
    expect(readAsks('what did the serious case reviews about neglect actually say?') & ASK.findings).toBeTruthy();
    // Not what a person said.
    expect(readAsks('what did mum say when you asked her?') & ASK.findings).toBe(0);
  });
});

describe('"still got to ring it through?"', () => {
  it('asks whether it still goes on, not whom to call', () => {
    expect(readAsks('mum has a good explanation, still got to ring it through?') & ASK.whether).toBeTruthy();
    expect(readAsks('do we still have to refer if dad says he fell?') & ASK.whether).toBeTruthy();
  });
});

describe('worries and waits put in everyday words', () => {
  it('"am I in trouble?" about something sent or asked of me asks why it happened', () => {
    // "Why have I been sent a questionnaire?" answers the worry behind it.
    expect(readAsks('been sent a questionnaire about a family from last year, am I in trouble?') & ASK.why).toBeTruthy();
    expect(readAsks('the LADO wants to speak to our head, have we done something wrong') & ASK.why).toBeTruthy();
  });

  it('"is that something the LADO needs to hear about?" asks whether it goes on; "who needs to know about it?" asks who', () => {
    expect(readAsks('a helper grabbed a boy by the wrist, is that something the LADO needs to hear about') & ASK.whether).toBeTruthy();
    expect(readAsks('does the designated officer need to know about this') & ASK.whether).toBeTruthy();
    expect(readAsks('who needs to know about it?') & ASK.whether).toBe(0);
    expect(readAsks('who else needs to know about this') & ASK.whether).toBe(0);
  });

  it('"can the LADO call wait till Monday?" asks how long there is', () => {
    expect(readAsks('the head is away, can the LADO call wait till monday') & ASK.timescale).toBeTruthy();
    expect(readAsks('can it wait until after half term') & ASK.timescale).toBeTruthy();
    expect(readAsks('we had to wait for the bus') & ASK.timescale).toBe(0);
  });
});

describe('putting a report off', () => {
  it('"leave it til Monday to tell the LADO" asks how quickly', () => {
    expect(readIntent('the head says leave it till monday before we tell the lado, is that ok').wantsTimescale).toBe(true);
    expect(readIntent("can the referral wait until she's back?").wantsTimescale).toBe(true);
  });

  it('putting off a call with no report named asks whom to ring now, not how quickly', () => {
    expect(readIntent('is there anyone I can ring tonight or does it wait till monday?').wantsTimescale).toBe(false);
  });
});

describe('whether it goes beyond the setting at all', () => {
  it.each([
    'the manager wants to give her a warning, is that enough or does it need to go further',
    'she was upset but not hurt, does this get reported outside the nursery',
  ])('asks whether it goes on: %s', (q) => expect(readAsks(q) & ASK.whether).toBeTruthy());

  it('"further" about something else asks nothing of the kind', () => {
    expect(readAsks('can you tell me more about the further reading list') & ASK.whether).toBe(0);
  });
});

describe('"who needs to know?"', () => {
  it.each(['police attended a row at the house, two toddlers there, who needs to know about the children', 'who else ought to be told'])(
    'asks whom to tell: %s',
    (q) => expect(readAsks(q) & ASK.whoTells).toBeTruthy(),
  );
});

describe('"which team am I meant to go to?"', () => {
  it.each(['which team am I meant to go to about the children', 'what number should we ring for the designated officer'])(
    'asks whom to contact: %s',
    (q) => expect(readAsks(q) & ASK.whoTells).toBeTruthy(),
  );
});

describe('"will it come back on me?"', () => {
  it.each(['if I am honest about the delay will it come back on me', 'could it be used against us later'])('asks what it means for them: %s', (q) =>
    expect(readAsks(q) & ASK.consequence).toBeTruthy(),
  );
});

describe('a level said as its number alone', () => {
  it('"does that sound like a 3 or a 4?" asks the level', () => {
    expect(readAsks('no injuries, dad drinks, does that sound like a 3 or a 4') & ASK.level).toBeTruthy();
  });

  it('"3 or 4 times" is a count, not a level', () => {
    expect(readAsks('she has been late 3 or 4 times this term, should I tell someone') & ASK.level).toBe(0);
  });
});

describe('asks said in everyday words', () => {
  it.each([
    // Consent, asked as whether someone has to agree or give the ok.
    ['does her dad have to agree before I send it to the front door', ASK.whether],
    ['have I got to get the parents ok before I pass this on', ASK.whether],
    // Whose job, when several people saw it or another service might have it.
    ['the GP and the nursery both saw the mark, which one of us rings it through', ASK.whoseJob],
    ['is he our responsibility or the leaving care team', ASK.whoseJob],
    ['presumably the midwife has referred already?', ASK.whoseJob],
    // What a review or audit found, asked as its messages or what it turned up.
    ['what were the key messages from the neglect audit', ASK.findings],
    ['any idea what the last audits turned up', ASK.findings],
    ['what did the partnership case audits from last spring actually pick up', ASK.findings],
    ['which issues kept cropping up in the audits', ASK.findings],
    // What a lesson means in practice.
    ['my manager says think the unthinkable, what does that look like day to day', ASK.differently],
    // Wording questioned.
    ['a colleague put "she is sleeping around" in the notes, is that wording ok', ASK.why],
    ['something about that phrase bothers me but I cannot explain why', ASK.why],
    // Counts.
    ['are childminders getting more allegations than they used to, any figures', ASK.figures],
    // What the meeting will want of me, and who will be there.
    ['what will they expect me to bring to the conference', ASK.whatToDo],
    ['will the coach be sat there in the meeting', ASK.whoAttends],
    // The test for one thing becoming another.
    ["what's the test for it becoming a full review", ASK.level],
    ['A child is being left home alone: is that neglect, and what do I do?', ASK.level],
    ['When does a worry about a volunteer become an allegation?', ASK.level],
    // Whether what one says stays private.
    ['will my manager see what I write on the form', ASK.consequence],
    ['Is it confidential?', ASK.consequence],
    // Advice asked for is what to do.
    ['she leaves him in the bath seat for a minute, any advice I can pass on', ASK.whatToDo],
    // "Whose number" asks which number to ring.
    ["it's 7pm on a friday, whose number do I ring", ASK.whoTells],
    // Whether it goes beyond the setting at all.
    ['is that one for the LADO or do we keep it in school', ASK.whether],
    ['if I say the referral sat for weeks, will that get traced back to me', ASK.consequence],
    ['will it find its way back to the social worker? I do not want to drop anyone in it', ASK.consequence],
    ['How are my answers kept?', ASK.consequence],
    // What to write down, and how often.
    ['what should I be jotting down as I go along', ASK.record],
    ['do I need to keep notes of every phone call', ASK.record],
    ['What should I record when I share information?', ASK.record],
    ['how many times a year does the partnership audit cases', ASK.howOften],
    // Whom the procedure covers, asked as not being our staff.
    ['the dinner lady is employed by the catering company, not school staff, does that matter', ASK.covers],
    ['the minibus driver works for a private coach firm, can the LADO even get involved', ASK.covers],
  ])('%s', (q, ask) => expect(readAsks(q) & ask).toBeTruthy());

  it.each([
    // A criminal record is a consequence, not something to write down.
    ['will this go on his record', ASK.record],
    // A conference that turned up nothing about audits is no finding asked for.
    ['mum turned up drunk to the conference', ASK.findings],
    // "Traced back to me or to her" asks who is named, not who makes the call.
    ['will what I wrote get traced back to me or to her', ASK.whoTells],
    // Who needs to know is whom to tell, not whose job.
    ['who has to know about this', ASK.whoseJob],
    // A number asked for is no "what is".
    ["what's the MASH number", ASK.whatIs],
  ])('not: %s', (q, ask) => expect(readAsks(q) & ask).toBe(0));
});

describe('the designated officer or something smaller', () => {
  it.each(['she keeps texting a year 9 about his weekend, LADO or just a quiet word?', 'do I just log it or ring the LADO?', 'a word with him or the designated officer?'])(
    'asks whether it goes to the LADO, as "low-level concern or allegation?" does: %s',
    (q) => expect(readAsks(q) & ASK.whether).toBeTruthy(),
  );

  it('naming the LADO and something else with no choice between them is not that ask', () => {
    expect(readAsks('I rang the LADO and made a note of the call') & ASK.whether).toBe(0);
  });
});

describe('what to do next, and how worried to be, put in a few words', () => {
  it.each(['a burn on the back of his hand that looks like a cigarette. what next', 'nobody answered at the house, curtains drawn. whats next?', 'what are the next steps'])(
    'asks what to do: %s',
    (q) => expect(readAsks(q) & ASK.whatToDo).toBeTruthy(),
  );

  it('"anything else we should be doing" asks what to do, with or without "else"', () => {
    expect(readAsks('she keeps running off, anything else we should be doing') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('is there anything we should be doing') & ASK.whatToDo).toBeTruthy();
  });

  it.each(['dad had been drinking and the baby was asleep on him, how worried should I be', 'am I overreacting about the bruise', 'how concerned do we need to be'])(
    'asks whether it is a worry to act on: %s',
    (q) => expect(readAsks(q) & ASK.whether).toBeTruthy(),
  );

  it('"what happens next" still asks what the procedure does next, not what to do', () => {
    expect(readAsks('what happens next after the strategy meeting') & ASK.whatNext).toBeTruthy();
    expect(readAsks('what happens next after the strategy meeting') & ASK.whatToDo).toBe(0);
  });
});

describe('the thirty-fourth pass: whether a body must hear of it, what ought to have been done, a call as a step', () => {
  it.each([
    'the art teacher threw a pencil pot at a year 3, does the designated officer have to be told',
    'does the school or the LADO need to know, he only did it the once',
    'head has told her off, does this go anywhere',
  ])('asks whether it goes on: %s', (q) => expect(readAsks(q) & ASK.whether).toBeTruthy());

  it('"who needs to know" still asks who tells, not whether', () => {
    expect(readAsks('who needs to know about this') & ASK.whoTells).toBeTruthy();
  });

  it('"what should I have done" asks what to do, looking back', () => {
    expect(readAsks('saw him push the boy and said nothing, what should I have done') & ASK.whatToDo).toBeTruthy();
  });

  it('a call that is only the step around which something else is asked does not ask for a number', () => {
    expect(readIntent('do I have to tell the grandparents before I phone the front door').wantsContact).toBe(false);
    expect(readIntent('what number do I ring for the front door').wantsContact).toBe(true);
  });
});

describe('the thirty-fourth pass, second set: what audits picked up, sitting on it', () => {
  it('what the audits picked up, or their weaknesses, asks what they found', () => {
    expect(readAsks('what did the partnership audits last year pick up') & ASK.findings).toBeTruthy();
    expect(readAsks('the audits from last spring, what weaknesses did they show') & ASK.findings).toBeTruthy();
  });

  it('"sit on it till she is back" asks how quickly', () => {
    expect(readIntent('the deputy is off today, can I sit on it till she is back').wantsTimescale).toBe(true);
  });
});

describe('the thirty-seventh pass: today, a thing just named, a duty asked back', () => {
  it('whether it has to be today asks how quickly', () => {
    expect(readAsks('the cook grabbed a child, does it have to be reported today') & ASK.timescale).toBeTruthy();
    expect(readAsks('should I wait for the head or phone the LADO today?') & ASK.timescale).toBeTruthy();
    // Done today is no question of how quickly.
    expect(readAsks('I rang the LADO today, what happens now') & ASK.timescale).toBeFalsy();
  });

  it('"level 2 or 3" asks a level, "what is this plan supposed to mean" what it is, "the LADO process cover" whom it covers', () => {
    expect(readAsks('is this a level 2 or 3 family in your view') & ASK.level).toBeTruthy();
    expect(readAsks('mum has a 3 or 4 month old baby') & ASK.level).toBeFalsy();
    expect(readAsks('what is this plan supposed to mean for us') & ASK.whatIs).toBeTruthy();
    expect(readAsks('does the LADO process even cover a self-employed tutor') & ASK.covers).toBeTruthy();
  });

  it('"who to tell" and "where should this go next" ask who to tell; "where does it go from here" what happens next', () => {
    expect(readAsks('who to tell when the allegation is about the owner') & ASK.whoTells).toBeTruthy();
    expect(readAsks("it's about the nursery owner, where should this go next") & ASK.whoTells).toBeTruthy();
    expect(readAsks('I referred last week, where does it go from here') & ASK.whoTells).toBeFalsy();
  });

  it('assuming someone else would sort it asks whose job it was; the link to report asks how; what others are meant to tell asks what to do', () => {
    expect(readAsks('we assumed the school would flag it up themselves') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('what is the link to report an allegation') & ASK.howTo).toBeTruthy();
    const told = readAsks('what are nursery staff supposed to tell parents about sun cream');
    expect(told & ASK.whatToDo).toBeTruthy();
    expect(told & ASK.whatIs).toBeFalsy();
  });

  it('whether to sit on it, or wait till someone is back, asks how quickly', () => {
    expect(readAsks('can I sit on this over the weekend') & ASK.timescale).toBeTruthy();
    expect(readAsks('can we hold off till the manager is back on monday') & ASK.timescale).toBeTruthy();
  });

  it('"what is it and why" after naming something asks what it is', () => {
    expect(readAsks('the board has asked for a section 175 return. what is it, and who fills it in') & ASK.whatIs).toBeTruthy();
    expect(readAsks('what is it I need to do next') & ASK.whatIs).toBeFalsy();
  });

  it('"whats that and will I..." after naming something asks what it is; "what are my options" asks what to do', () => {
    expect(readAsks("been told there is a strategy meeting on a boy i teach. what's that, and do i need to go") & ASK.whatIs).toBeTruthy();
    expect(readAsks('they closed it again and I disagree, what are my options') & ASK.whatIs).toBeFalsy();
    expect(readAsks('they closed it again and I disagree, what are my options') & ASK.whatToDo).toBeTruthy();
  });

  it('"is that down to children\'s services", "ours to house" and "who\'s meant to" ask whose job it is', () => {
    expect(readAsks('a 16 year old slept in the stairwell, is that down to social care or us') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('is she ours to deal with or the other council') & ASK.whoseJob).toBeTruthy();
    expect(readAsks("who's supposed to chase the school nurse about this") & ASK.whoseJob).toBeTruthy();
  });

  it('whether what I write gets back to their managers, or my name ends up in a report, asks what it means for me', () => {
    expect(readAsks("if I'm honest on the form will it get back to their team leader") & ASK.consequence).toBeTruthy();
    expect(readAsks('will my name appear anywhere in what they publish') & ASK.consequence).toBeTruthy();
    expect(readAsks('will the SW know it came from me') & ASK.consequence).toBeTruthy();
  });

  it('the steps of a procedure counted or listed ask what its stages are', () => {
    expect(readAsks('how many stages does the dispute process have') & ASK.whatIs).toBeTruthy();
    expect(readAsks('talk me through stage one then stage two of escalating') & ASK.whatIs).toBeTruthy();
  });

  it('a short "do I have to?" after a plea, or whether a parent must know, asks whether I should', () => {
    expect(readAsks('he asked me to keep it from his dad. do I really have to?') & ASK.mayWe).toBeTruthy();
    expect(readAsks('does her mum need to know about the clinic visit') & ASK.mayWe).toBeTruthy();
  });
});

describe('the thirty-eighth pass: tiers, who looks into it, where to send it, what happens to findings', () => {
  it('"which tier" asks a level, as "which level" does', () => {
    expect(readAsks("which tier is a family where dad has just lost his job and the toddler's jabs are overdue") & ASK.level).toBeTruthy();
    expect(readAsks('the family have been on the tier two waiting list a while') & ASK.level).toBeFalsy();
  });

  it('who looks into or investigates an allegation asks whose task it is', () => {
    expect(readAsks('someone has complained about me to my employer, who investigates it?') & ASK.whoseJob).toBeTruthy();
    expect(readAsks('who looks into complaints like this') & ASK.whoseJob).toBeTruthy();
    // Who handles exploitation in the area asks whom to go to, not whose task.
    expect(readAsks('a lad keeps getting picked up in cars, who handles that round here') & ASK.whoseJob).toBeFalsy();
  });

  it('where to send a worry, or who the practitioner is meant to be ringing, asks whom to tell', () => {
    expect(readAsks('the neighbour keeps hearing a baby cry for hours, where do I send my concerns') & ASK.whoTells).toBeTruthy();
    expect(readAsks("a lad at our climbing wall has burns on his hands he won't explain, who am I ringing") & ASK.whoTells).toBeTruthy();
    expect(readAsks('I sent my referral on friday') & ASK.whoTells).toBeFalsy();
  });

  it('how the cases for an audit are picked is asked in many ways, and a heading on it reads the same', () => {
    expect(readAsks("the board's audit is next month, how do they choose which cases to look at") & ASK.chosen).toBeTruthy();
    expect(readAsks('which cases get audited and who picks them') & ASK.chosen).toBeTruthy();
    expect(readAsks('How are cases chosen for an audit?') & ASK.chosen).toBeTruthy();
    expect(readAsks('how do they decide on a child protection plan') & ASK.chosen).toBeFalsy();
  });

  it('"where do I go from here" asks the asker\'s own next step too, unless it has been passed on already', () => {
    const mine = readAsks("my manager says leave it and I don't agree, where do I go from here");
    expect(mine & ASK.whatToDo).toBeTruthy();
    expect(mine & ASK.mayWe).toBeFalsy();
    const passedOn = readAsks('I rang the LADO on monday, where do I go from here');
    expect(passedOn & ASK.whatNext).toBeTruthy();
    expect(passedOn & ASK.whatToDo).toBeFalsy();
    expect(readAsks('the referral went in on monday, where does it go from here') & ASK.whatToDo).toBeFalsy();
  });

  it('"what do I need to write down" asks what to record, not whether anything is needed at all', () => {
    const asks = readAsks('what do I need to write down after the strategy meeting');
    expect(asks & ASK.record).toBeTruthy();
    expect(asks & ASK.whether).toBeFalsy();
    expect(readAsks('do I need to pass this on at all') & ASK.whether).toBeTruthy();
  });

  it('"what am I telling her" asks what to say, as "what do I tell her" does', () => {
    expect(readAsks('mum leaves the baby asleep in the car while she shops, what am I telling her') & ASK.whatToDo).toBeTruthy();
    expect(readAsks('what are we saying to the parents after the meeting') & ASK.whatToDo).toBeTruthy();
  });

  it('what happens to the findings asks no findings: what they found is another question', () => {
    expect(readAsks('after a rapid review, what is done with the findings') & ASK.findings).toBeFalsy();
    expect(readAsks('what were the main findings of the audits') & ASK.findings).toBeTruthy();
  });
});
