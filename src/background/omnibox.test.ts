import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addFavourite } from '../favourites';
import { recordLaunch } from '../history/history';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import {
  defaultSuggestionFor,
  escapeOmniboxText,
  omniboxSuggestions,
  suggestionsFor,
} from './omnibox';

describe('escapeOmniboxText', () => {
  it('turns markup characters into text', () => {
    expect(escapeOmniboxText(`<match>&"'`)).toBe('&lt;match&gt;&amp;&quot;&apos;');
  });
});

describe('suggestionsFor', () => {
  const sources = [
    { uri: 'trueconf:smith@conf.company.com', label: 'Call smith' },
    { uri: 'trueconf:\\c\\4154248070', label: 'Join <conference> 4154248070' },
    { uri: 'trueconf:smith@conf.company.com', label: 'Call smith again' },
  ];

  it('keeps matching entries once each, escaped, with the address to call', () => {
    expect(suggestionsFor('smith', sources)).toEqual([
      {
        content: 'trueconf:smith@conf.company.com',
        description: 'Call smith <url>trueconf:smith@conf.company.com</url>',
      },
    ]);
    expect(suggestionsFor('4154', sources)[0]?.description).toBe(
      'Join &lt;conference&gt; 4154248070 <url>trueconf:\\c\\4154248070</url>',
    );
  });

  it('offers everything for empty input', () => {
    expect(suggestionsFor('', sources)).toHaveLength(2);
  });
});

describe('omniboxSuggestions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(fakeGetMessage(loadMessages('en')));
  });

  it('offers favourites first, then recent calls, each with its address', async () => {
    await addFavourite({ name: 'Stand-up room', uri: 'trueconf:\\c\\4154248070' });
    await recordLaunch({ uri: 'trueconf:stanley@conf.company.com', origin: 'popup' });
    const suggestions = await omniboxSuggestions('stan');
    expect(suggestions.map((suggestion) => suggestion.content)).toEqual([
      'trueconf:\\c\\4154248070',
      'trueconf:stanley@conf.company.com',
    ]);
    expect(suggestions[0]?.description).toBe('Stand-up room <url>trueconf:\\c\\4154248070</url>');
  });
});

describe('defaultSuggestionFor', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(fakeGetMessage(loadMessages('en')));
  });

  it('says what Enter will call', () => {
    expect(defaultSuggestionFor(' 4154248070 ')).toBe(
      '<match>Join conference 4154248070 in TrueConf</match> <url>trueconf:\\c\\4154248070</url>',
    );
  });

  it('says why input cannot be called', () => {
    expect(defaultSuggestionFor('smith&password=x')).toMatch(/^<dim>.*TrueConf ID.*<\/dim>$/);
  });
});
