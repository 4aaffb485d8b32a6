import { describe, expect, it } from 'vitest';
import { type ContractContext, givenSession, givenStudy, givenWorkspace, mustGetSession } from './context.ts';

/** Stored records are values: mutating what went in or came out never changes what the store holds. */
export function copiesContract(ctx: () => ContractContext): void {
  describe('returned objects are copies', () => {
    it('for workspaces and credentials', async () => {
      const { store } = ctx();
      const { workspace, secret } = await givenWorkspace(ctx());
      const read = (await store.getWorkspace(workspace.id))!;
      read.name = 'Changed';
      read.allowedOrigins.push('https://evil.test');
      const cred = (await store.findCredential(secret.hash))!;
      cred.workspaceId = 'ws_other';
      expect(await store.getWorkspace(workspace.id)).toEqual(workspace);
      expect(await store.findCredential(secret.hash)).toEqual(secret);
    });

    it('for studies, from create, get, list and update', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const input = f.study(workspace.id);
      const expected = { ...structuredClone(input), priority: 0, archived: false, stats: { sessions: 0, completed: 0, stoppedEarly: 0, abandoned: 0, inProgress: 0, shown: 0, dismissed: 0, test: 0 }, usage: { promptTokens: 0, completionTokens: 0 } };
      const created = await store.createStudy(input);
      input.plan.goals.push('mutated input');
      created.plan.coreQuestions.push('mutated create result');
      created.stats.sessions = 99;
      (await store.getStudy(workspace.id, input.id))!.experience.title = 'mutated get result';
      (await store.listStudies(workspace.id, { limit: 1 })).data[0]!.triggers.length = 0;
      const updated = (await store.updateStudy(workspace.id, input.id, { title: expected.title }))!;
      updated.targeting.sampleRate = 0;
      expect(await store.getStudy(workspace.id, input.id)).toEqual(expected);
    });

    it('for sessions and turns, from get, list, commit and end', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const { session, turns } = await givenSession(ctx(), workspace.id, study.id);
      const commit = f.commit(session);
      const outcome = await store.commitTurn(workspace.id, session.id, commit);
      if (!outcome.ok) throw new Error('commit failed');
      const expected = structuredClone(await mustGetSession(store, workspace.id, session.id));
      expect(expected.turns).toHaveLength(turns.length + 2);

      commit.participantTurn.text = 'mutated input turn';
      commit.changes.state.notes.push('mutated input state');
      outcome.session.state.guide.length = 0;
      outcome.session.progress.asked = 42;
      const got = await mustGetSession(store, workspace.id, session.id);
      got.turns.pop();
      got.turns[0]!.text = 'mutated read turn';
      got.session.participant.attributes!.plan = 'free';
      const listed = await store.listSessions(workspace.id, {}, { limit: 10 });
      listed.data[0]!.turns.length = 0;
      listed.data[0]!.session.state.askedTexts.push('mutated list');
      expect(await store.getSession(workspace.id, session.id)).toEqual(expected);

      const ended = (await store.endSession(workspace.id, session.id, { status: 'completed', endReason: 'completed', endedAt: f.at() }))!;
      const afterEnd = structuredClone(await mustGetSession(store, workspace.id, session.id));
      ended.status = 'active';
      ended.state.notes.push('mutated end result');
      expect(await store.getSession(workspace.id, session.id)).toEqual(afterEnd);
    });

    it('for a session’s first turns and token as passed to createSession', async () => {
      const { store, f } = ctx();
      const { workspace } = await givenWorkspace(ctx());
      const study = await givenStudy(ctx(), workspace.id);
      const session = f.session(workspace.id, study.id);
      const turns = f.openingTurns();
      const token = f.credential(workspace.id, 'session', session.id);
      const expected = structuredClone({ session, turns });
      const expectedToken = structuredClone(token);
      await store.createSession(session, turns, token);
      session.state.guide.length = 0;
      turns.push(f.turn('participant'));
      token.sessionId = 'se_other';
      expect(await store.getSession(workspace.id, session.id)).toEqual(expected);
      expect(await store.findCredential(expectedToken.hash)).toEqual(expectedToken);
    });

    it('for idempotent responses', async () => {
      const { store } = ctx();
      const now = Date.parse('2026-03-02T10:00:00.000Z');
      const response = { status: 201, body: { id: 'st_1', tags: ['a'] } };
      const claim = await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', now, 60_000);
      if (claim.state !== 'claimed') throw new Error('expected a claim');
      await store.completeIdempotencyKey('cred_a', 'key-1', response, claim.claimId);
      response.body.tags.push('mutated input');
      const first = await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', now, 60_000);
      if (first.state !== 'done') throw new Error('expected done');
      (first.response.body as { tags: string[] }).tags.push('mutated output');
      expect(await store.claimIdempotencyKey('cred_a', 'key-1', 'fp-1', now, 60_000)).toEqual({
        state: 'done',
        fingerprint: 'fp-1',
        response: { status: 201, body: { id: 'st_1', tags: ['a'] } },
      });
    });
  });
}
