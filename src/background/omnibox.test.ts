import { describe, expect, it } from 'vitest';
import { escapeOmniboxText, suggestionsFor } from './omnibox';

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
