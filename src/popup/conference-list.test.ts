// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConferenceView } from '../messaging/responses';
import { fakeGetMessage, loadMessages } from '../../test/support/messages';
import { buildConferenceList, ConferenceList, startText, whenText } from './conference-list';

const MINUTE = 60_000;
const NOW = new Date(2026, 11, 7, 9, 0).getTime();

function view(id: string, topic: string, startsAt: number | null): ConferenceView {
  return {
    id,
    topic,
    startsAt,
    webLink: `https://video.example/c/${id}`,
    uri: `trueconf:\\c\\${id}@video.example%23vcs`,
  };
}

let answer: unknown;
const asked: unknown[] = [];

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function mount(join = vi.fn()) {
  const listView = buildConferenceList(document);
  document.body.replaceChildren(listView.section);
  return { listView, join, list: new ConferenceList(listView, join, () => NOW) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    fakeGetMessage(loadMessages('en')) as typeof fakeBrowser.i18n.getMessage,
  );
  asked.length = 0;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push(message);
    return Promise.resolve(answer);
  });
});

describe('the start of a conference', () => {
  it('is the time today, with the day further ahead, and says "now" or "in N min" within the hour', () => {
    expect(startText(NOW + 90 * MINUTE, NOW, 'en-GB')).toBe('10:30');
    expect(startText(NOW + 26 * 60 * MINUTE, NOW, 'en-GB')).toBe('Tue 8 Dec, 11:00');
    expect(whenText(NOW + 12 * MINUTE, NOW, 'en-GB')).toBe('9:12 · in 12 min');
    expect(whenText(NOW - 5 * MINUTE, NOW, 'en-GB')).toBe('8:55 · now');
    expect(whenText(NOW + 2 * 60 * MINUTE, NOW, 'en-GB')).toBe('11:00');
  });
});

describe('your conferences in the popup', () => {
  it('lists running and upcoming ones soonest first, topics as text, each with a named Join', async () => {
    answer = {
      ok: true,
      conferences: [
        view('0012345678', 'Weekly <b>planning</b>', NOW + 30 * MINUTE),
        view('0087654321', 'Standup', NOW - 10 * MINUTE),
        view('5000000001', 'Meet now', null),
        view('0011111111', 'Long gone', NOW - 3 * 60 * MINUTE),
      ],
    };
    const { listView, join, list } = mount();
    list.setSignedIn(true);
    await settle();
    expect(asked).toEqual([
      { type: 'server-conferences', after: NOW - 60 * MINUTE, before: NOW + 7 * 24 * 60 * MINUTE },
    ]);
    const items = [...listView.list.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('.conference-topic')?.textContent)).toEqual([
      'Standup',
      'Weekly <b>planning</b>',
    ]);
    expect(listView.list.querySelector('b')).toBeNull();
    expect(items[0]?.classList.contains('running')).toBe(true);
    const buttons = [...listView.list.querySelectorAll('button')];
    expect(buttons[1]?.getAttribute('aria-label')).toMatch(
      /^Join “Weekly <b>planning<\/b>”, .+ · in 30 min$/,
    );
    buttons[1]?.click();
    expect(join).toHaveBeenCalledWith(expect.objectContaining({ id: '0012345678' }));
    expect(listView.note.hidden).toBe(true);
    expect(listView.section.hidden).toBe(false);
  });

  it('says there are none, or why the list could not be loaded, in one line', async () => {
    answer = { ok: true, conferences: [] };
    const { listView, list } = mount();
    list.setSignedIn(true);
    await settle();
    expect(listView.note.textContent).toBe('No conferences today or in the next 7 days.');
    answer = { ok: false, error: 'unreachable' };
    list.setSignedIn(true);
    await settle();
    expect(listView.note.textContent).toBe(
      'Your conferences could not be loaded. Cannot reach the server. Check the address and your network.',
    );
    expect(listView.list.children).toHaveLength(0);
    answer = { conferences: '<script>' };
    list.setSignedIn(true);
    await settle();
    expect(listView.note.textContent).toBe(
      'Your conferences could not be loaded. The server answered something this extension does not understand.',
    );
    list.setSignedIn(false);
    expect(listView.section.hidden).toBe(true);
  });
});
