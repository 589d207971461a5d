import { EVENT_CATALOGUE } from '@symbiose/contracts';
import { WorkshopsEventHandlers } from './workshops-event-handlers';

describe('WorkshopsEventHandlers', () => {
  it('handles every event type the catalogue sends to the workshops, and no other', () => {
    const subscribed = Object.entries(EVENT_CATALOGUE)
      .filter(([, entry]) => (entry.subscribers as readonly string[]).includes('workshops'))
      .map(([type]) => type);

    expect(Object.keys(new WorkshopsEventHandlers().handlers()).sort()).toEqual(subscribed.sort());
  });
});
