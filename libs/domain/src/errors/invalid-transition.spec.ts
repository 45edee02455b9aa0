import { InvalidTransitionError } from './domain-error';

describe('InvalidTransitionError', () => {
  it('says in plain Swedish what cannot be done and keeps the codes in its details', () => {
    const error = new InvalidTransitionError('ärendet', 'START_DRAFTING', 'onRemiss', ['CLOSE_ROUND', 'WITHDRAW'], { event: 'börja ta fram förslaget', state: 'på remiss' });
    expect(error.message).toBe('Det går inte att börja ta fram förslaget nu: ärendet har status "på remiss".');
    expect(error.message).not.toMatch(/START_DRAFTING|onRemiss/);
    expect(error.details).toEqual({ event: 'START_DRAFTING', state: 'onRemiss', acceptedEvents: ['CLOSE_ROUND', 'WITHDRAW'] });
  });

  it('never shows a raw code without labels', () => {
    expect(new InvalidTransitionError('ärendet', 'X_Y', 'someState', []).message).toBe('Det går inte att göra det här steget nu: ärendet har status som inte tillåter det.');
  });
});
