import { describe, expect, it } from 'vitest';
import {
  favouriteName,
  favouriteUri,
  MAX_FAVOURITES,
  normalizeFavourites,
  withAdded,
  withMoved,
  withRemoved,
  withRenamed,
  type Favourite,
} from './list';

const SMITH: Favourite = { id: 'a', name: 'Smith', uri: 'trueconf:smith' };
const ROOM: Favourite = { id: 'b', name: 'Room', uri: 'trueconf:\\c\\4154248070' };
const CAMERA: Favourite = { id: 'c', name: 'Camera', uri: 'trueconf:#rtsp:%2f%2fcam.example:554' };

function changed(result: ReturnType<typeof withAdded>): Favourite[] {
  if (!result.ok) throw new Error(result.error);
  return result.list;
}

describe('favouriteUri', () => {
  it('keeps a valid URI in canonical form', () => {
    expect(favouriteUri('visicall:\\c\\4154248070@video.example.com%vcs')).toBe(
      'trueconf:\\c\\4154248070@video.example.com%23vcs',
    );
  });

  it('removes every password: the sign-in one and an RTSP one', () => {
    expect(
      favouriteUri('trueconf:smith&h=video.example.com&login=user&password=pswd&encrypt=1&force=1'),
    ).toBe('trueconf:smith&h=video.example.com&login=user&encrypt=1&force=1');
    expect(favouriteUri('trueconf:#rtsp:%2f%2fadmin:secret@cam.example:554')).toBe(
      'trueconf:#rtsp:%2f%2fadmin@cam.example:554',
    );
  });

  it('refuses anything that is not a valid trueconf: URI', () => {
    for (const uri of ['javascript:alert(1)', 'https://example.com/', 'trueconf:[user]', '']) {
      expect(favouriteUri(uri)).toBeNull();
    }
  });
});

describe('favouriteName', () => {
  it('trims, keeps one line and shortens', () => {
    expect(favouriteName('  Daily\n stand-up  ')).toBe('Daily stand-up');
    expect(favouriteName('x'.repeat(200))).toHaveLength(80);
    expect(favouriteName(' \n ')).toBeNull();
  });
});

describe('normalizeFavourites', () => {
  it('reads anything that is not a list as no favourites', () => {
    for (const junk of [undefined, null, 42, 'favourites', { 0: SMITH }]) {
      expect(normalizeFavourites(junk)).toEqual([]);
    }
  });

  it('keeps valid entries and leaves out broken, duplicate and surplus ones', () => {
    const stored = [
      SMITH,
      { id: 'x', name: 'No URI' },
      { id: 'y', name: 'Bad URI', uri: 'javascript:alert(1)' },
      { id: 'bad id!', name: 'Bad id', uri: 'trueconf:jones' },
      { id: 'a', name: 'Same id', uri: 'trueconf:jones' },
      { id: 'z', name: 'Same URI', uri: 'trueconf:smith' },
      { id: 'w', name: '   ', uri: 'trueconf:jones' },
      null,
      'junk',
      ROOM,
    ];
    expect(normalizeFavourites(stored)).toEqual([SMITH, ROOM]);
    const many = Array.from({ length: MAX_FAVOURITES + 5 }, (_, i) => ({
      id: `f${i}`,
      name: `User ${i}`,
      uri: `trueconf:user${i}`,
    }));
    expect(normalizeFavourites(many)).toHaveLength(MAX_FAVOURITES);
  });

  it('takes the password out of a stored URI', () => {
    const stored = [{ id: 'a', name: 'Me', uri: 'trueconf:login=me&password=secret&encrypt=1' }];
    expect(normalizeFavourites(stored)).toEqual([
      { id: 'a', name: 'Me', uri: 'trueconf:login=me&encrypt=1' },
    ]);
  });
});

describe('list changes', () => {
  it('adds at the end, and adding a URI again keeps the first one', () => {
    const list = changed(
      withAdded([SMITH], { name: 'Room', uri: 'trueconf:\\c\\4154248070' }, 'b'),
    );
    expect(list).toEqual([SMITH, ROOM]);
    const again = withAdded(list, { name: 'Other name', uri: 'visicall:smith' }, 'n');
    expect(again).toEqual({ ok: true, list, favourite: SMITH });
  });

  it('refuses an invalid URI or name, and a full list', () => {
    expect(withAdded([], { name: 'x', uri: 'javascript:1' }, 'n')).toEqual({
      ok: false,
      error: 'invalid-uri',
    });
    expect(withAdded([], { name: ' ', uri: 'trueconf:smith' }, 'n')).toEqual({
      ok: false,
      error: 'invalid-name',
    });
    const full = Array.from({ length: MAX_FAVOURITES }, (_, i) => ({
      id: `f${i}`,
      name: `U${i}`,
      uri: `trueconf:u${i}`,
    }));
    expect(withAdded(full, { name: 'one more', uri: 'trueconf:extra' }, 'n')).toEqual({
      ok: false,
      error: 'full',
    });
  });

  it('renames by id', () => {
    expect(changed(withRenamed([SMITH, ROOM], 'b', '  Stand-up '))).toEqual([
      SMITH,
      { ...ROOM, name: 'Stand-up' },
    ]);
    expect(withRenamed([SMITH], 'b', 'x')).toEqual({ ok: false, error: 'not-found' });
    expect(withRenamed([SMITH], 'a', '')).toEqual({ ok: false, error: 'invalid-name' });
  });

  it('removes by id', () => {
    expect(changed(withRemoved([SMITH, ROOM, CAMERA], 'b'))).toEqual([SMITH, CAMERA]);
    expect(withRemoved([SMITH], 'b')).toEqual({ ok: false, error: 'not-found' });
  });

  it('moves to an index, clamped to the list', () => {
    const list = [SMITH, ROOM, CAMERA];
    expect(changed(withMoved(list, 'c', 0))).toEqual([CAMERA, SMITH, ROOM]);
    expect(changed(withMoved(list, 'a', 1))).toEqual([ROOM, SMITH, CAMERA]);
    expect(changed(withMoved(list, 'a', 99))).toEqual([ROOM, CAMERA, SMITH]);
    expect(changed(withMoved(list, 'b', -1))).toEqual([ROOM, SMITH, CAMERA]);
  });
});
