import { ACTION_STATUSES } from './action-enums';
import { forbiddenTransition } from './action-lifecycle';

describe('the action lifecycle', () => {
  it('moves one step at a time from PROPOSED to DONE', () => {
    expect(forbiddenTransition('PROPOSED', 'PRIORITISED')).toBeNull();
    expect(forbiddenTransition('PRIORITISED', 'PLANNED')).toBeNull();
    expect(forbiddenTransition('PLANNED', 'IN_PROGRESS')).toBeNull();
    expect(forbiddenTransition('IN_PROGRESS', 'DONE')).toBeNull();
  });

  it('skips no step and never goes back', () => {
    expect(forbiddenTransition('PROPOSED', 'IN_PROGRESS')).toBe(
      'an action PROPOSED moves only to PRIORITISED or DROPPED, not to IN_PROGRESS',
    );
    expect(forbiddenTransition('PLANNED', 'PRIORITISED')).not.toBeNull();
  });

  it('drops any action not yet done, and nothing leaves DONE or DROPPED', () => {
    for (const from of ACTION_STATUSES.filter((s) => s !== 'DONE' && s !== 'DROPPED')) {
      expect(forbiddenTransition(from, 'DROPPED')).toBeNull();
    }
    for (const to of ACTION_STATUSES) {
      expect(forbiddenTransition('DONE', to)).toBe('the action is DONE, which is final');
      expect(forbiddenTransition('DROPPED', to)).toBe('the action is DROPPED, which is final');
    }
  });
});
