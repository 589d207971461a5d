import { EVENT_CATALOGUE } from '@symbiose/contracts';
import { DirectoryEventHandlers } from './directory-event-handlers';

describe('DirectoryEventHandlers', () => {
  it('handles every event type the catalogue sends to the directory, and no other', () => {
    const subscribed = Object.entries(EVENT_CATALOGUE)
      .filter(([, entry]) => (entry.subscribers as readonly string[]).includes('directory'))
      .map(([type]) => type);
    expect(Object.keys(new DirectoryEventHandlers().handlers()).sort()).toEqual(subscribed.sort());
  });
});
