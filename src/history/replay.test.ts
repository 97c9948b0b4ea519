import { describe, expect, it } from 'vitest';
import { historyEntryFor } from './history';
import { replayOf } from './replay';

function entry(uri: string) {
  const made = historyEntryFor({ uri, origin: 'page', time: 1 });
  if (!made) throw new Error(`no entry for ${uri}`);
  return made;
}

describe('replayOf', () => {
  it('offers a plain call as it was', () => {
    const call = entry('trueconf:alice@video.example.com');
    expect(replayOf(call)).toEqual(call);
  });

  it('keeps the call of a sign-in link and drops the sign-in', () => {
    const replay = replayOf(
      entry(
        'trueconf:\\c\\737734033583@video.example.com%23vcs&h=truevideo.example.com&login=user&password=pswd&encrypt=1&force=1',
      ),
    );
    expect(replay?.uri).toBe('trueconf:\\c\\737734033583@video.example.com%23vcs');
    expect(replay?.description.key).not.toMatch(/sign/i);
    expect(JSON.stringify(replay)).not.toMatch(/login=|force=|user/);
  });

  it('offers nothing for a sign-in alone or for opening the app', () => {
    expect(replayOf(entry('trueconf:login=user&password=x&encrypt=1&force=1'))).toBeNull();
    expect(replayOf(entry('trueconf:'))).toBeNull();
  });
});
