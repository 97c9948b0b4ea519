import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addFavourite } from '../favourites';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { omniboxSuggestions } from './omnibox';
import { searchContacts } from './server-service';

vi.mock('./server-service', () => ({ searchContacts: vi.fn() }));

describe('the tc keyword with a signed-in TrueConf Server', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(fakeGetMessage(loadMessages('en')));
  });

  it('suggests address book contacts first, with presence in words', async () => {
    vi.mocked(searchContacts).mockResolvedValue({
      ok: true,
      contacts: [
        {
          id: 'bob@video.example',
          name: 'Bob <Brown>',
          presence: 'busy',
          uri: 'trueconf:bob@video.example',
        },
      ],
    });
    await addFavourite({ name: 'Bob’s room', uri: 'trueconf:\\c\\4154248070' });
    const suggestions = await omniboxSuggestions('bob');
    expect(suggestions.map((suggestion) => suggestion.content)).toEqual([
      'trueconf:bob@video.example',
      'trueconf:\\c\\4154248070',
    ]);
    expect(suggestions[0]?.description).toBe(
      'Bob &lt;Brown&gt; (bob@video.example), Busy <url>trueconf:bob@video.example</url>',
    );
  });

  it('asks the server nothing for an address, and keeps local suggestions when it fails', async () => {
    vi.mocked(searchContacts).mockResolvedValue({ ok: false, error: 'unreachable' });
    await addFavourite({ name: 'Bob’s room', uri: 'trueconf:\\c\\4154248070' });
    await expect(omniboxSuggestions('bob')).resolves.toHaveLength(1);
    vi.mocked(searchContacts).mockClear();
    await omniboxSuggestions('bob@video.example');
    expect(searchContacts).not.toHaveBeenCalled();
  });
});
