// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTestLinkifier, linksIn, type TestLinkifier } from '../../../test/support/linkifier';
import { findPhonesInText } from '../../phone/find-in-text';
import { phoneMatcherFor, withPhoneMatches } from './phone-matches';

let current: TestLinkifier | null = null;

async function linkify(markup: string, dialFormat: string | null = '#tel:{number}'): Promise<void> {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const findPhones =
    dialFormat === null
      ? undefined
      : (phoneMatcherFor(findPhonesInText, 'RU', dialFormat) ?? undefined);
  current = createTestLinkifier(document, findPhones ? { findPhones } : {});
  current.linkifier.start();
  await current.settle();
}

afterEach(() => {
  current?.linkifier.stop();
  current = null;
});

describe('phone numbers on a page', () => {
  it('become links that call the E.164 number, next to TrueConf addresses', async () => {
    await linkify(
      [
        '<p>Звоните: +7 (916) 555-12-34 или 8 800 555-35-35</p>',
        '<p>Join trueconf:\\c\\4154248070 or call +1 415-555-0132 ext. 12</p>',
        '<p>Order 79165551234, ИНН 7707083893, 2024-03-15</p>',
      ].join(''),
    );
    expect(linksIn(document.body)).toEqual([
      ['+7 (916) 555-12-34', 'trueconf:#tel:+79165551234'],
      ['8 800 555-35-35', 'trueconf:#tel:+78005553535'],
      ['trueconf:\\c\\4154248070', 'trueconf:\\c\\4154248070'],
      ['+1 415-555-0132 ext. 12', 'trueconf:#tel:+14155550132'],
    ]);
  });

  it('use the dial format, and are never linked in code or fields', async () => {
    await linkify(
      [
        '<p>Call <b>+7 916 555-12-34</b></p>',
        '<pre>+7 916 555-12-35</pre>',
        '<p><code>+7 916 555-12-36</code></p>',
        '<div contenteditable="true">+7 916 555-12-37</div>',
        '<textarea>+7 916 555-12-38</textarea>',
        '<p><a href="tel:+79165551239">+7 916 555-12-39</a></p>',
      ].join(''),
      '#sip:{digits}@gw.example.com',
    );
    expect(linksIn(document.body)).toEqual([
      ['+7 916 555-12-34', 'trueconf:#sip:79165551234@gw.example.com'],
    ]);
  });

  it('are not looked for without a phone matcher', async () => {
    await linkify('<p>Звоните: +7 (916) 555-12-34</p>', null);
    expect(linksIn(document.body)).toEqual([]);
  });

  it('give way to a TrueConf address they overlap', () => {
    const match = (start: number, end: number, href: string) =>
      ({ start, end, href }) as unknown as Parameters<typeof withPhoneMatches>[0][number];
    expect(
      withPhoneMatches(
        [match(10, 20, 'a')],
        [match(0, 9, 'p1'), match(15, 25, 'p2'), match(20, 30, 'p3')],
      ).map(({ href }) => href),
    ).toEqual(['p1', 'a', 'p3']);
  });

  it('refuse an unusable dial format', () => {
    expect(phoneMatcherFor(findPhonesInText, 'RU', '#tel:x')).toBeNull();
  });
});
