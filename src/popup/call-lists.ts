import type { Favourite } from '../favourites';
import { replayOf } from '../history/replay';
import type { HistoryEntry } from '../history/history';
import { uriInWords } from '../i18n/command-words';
import { relativeTime } from '../i18n/relative-time';
import { translate, translateMessage } from '../i18n/translate';
import { element } from '../ui/dom';
import type { PopupView } from './view';

/**
 * Favourites and recent calls: one click, or the arrow keys and Enter, hands a call to TrueConf.
 * Up/Down move between every call in both lists (and Up from the first returns to the field);
 * on a favourite, Alt+Up/Down moves it and F2 renames it. Each favourite is one compact row with
 * one menu (rename, move, remove), so a long list stays readable.
 */

export interface FavouriteActions {
  call(uri: string): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  move(id: string, toIndex: number): void;
}

/** How many recent calls the popup shows; history keeps more. */
export const RECENT_SHOWN = 5;

/**
 * Newest first, each URI once: calling the same room every day should not fill the list. Only
 * calls, as `replayOf` offers them again (no sign-in, no "open the app").
 */
export function recentCalls(
  history: readonly HistoryEntry[],
  limit = RECENT_SHOWN,
): HistoryEntry[] {
  const seen = new Set<string>();
  const recent: HistoryEntry[] = [];
  for (const kept of history) {
    const entry = replayOf(kept);
    if (entry === null || seen.has(entry.uri)) continue;
    seen.add(entry.uri);
    recent.push(entry);
    if (recent.length === limit) break;
  }
  return recent;
}

function callButton(
  focusKey: string,
  title: string,
  uri: string,
  when?: string,
): HTMLButtonElement {
  return element('button', { type: 'button', class: 'call-item', 'data-focus-key': focusKey }, [
    element('span', { class: 'call-name' }, [title]),
    element('span', { class: 'call-detail' }, [
      element('span', { class: 'uri' }, [uri]),
      ...(when === undefined ? [] : [element('span', { class: 'when' }, [when])]),
    ]),
  ]);
}

/** Re-rendering replaces the buttons; the one that had focus gets it back by its key. */
function keepingFocus(container: HTMLElement, render: () => void): void {
  const active = container.ownerDocument.activeElement;
  const key =
    active instanceof HTMLElement && container.contains(active)
      ? active.dataset.focusKey
      : undefined;
  render();
  if (key === undefined) return;
  const again = container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  again?.focus();
}

export function renderRecent(
  view: PopupView,
  history: readonly HistoryEntry[],
  call: (uri: string) => void,
): void {
  const doc = view.root.ownerDocument;
  const language = doc.documentElement.lang || undefined;
  const now = Date.now();
  const recent = recentCalls(history);
  keepingFocus(view.recentList, () =>
    view.recentList.replaceChildren(
      ...recent.map((entry) => {
        const button = callButton(
          `recent:${entry.uri}`,
          translateMessage(entry.description),
          entry.uri,
          relativeTime(entry.time, now, language),
        );
        button.title = new Date(entry.time).toLocaleString(language);
        button.addEventListener('click', () => call(entry.uri));
        return element('li', {}, [button]);
      }),
    ),
  );
  view.recentEmpty.hidden = recent.length > 0;
}

interface MenuItem {
  labelKey: string;
  run: () => void;
  disabled?: boolean;
}

/**
 * One "⋯" button per favourite opening a small menu. Keyboard: Enter, Space or Down opens it on
 * the first item, Up/Down/Home/End move, Escape closes it (and only it: not the whole popup) and
 * gives the focus back to the button, Tab leaves it closed.
 */
function favouriteMenu(focusKey: string, name: string, items: MenuItem[]): HTMLElement {
  const label = translate('popup_favourite_menu', [name]);
  const button = element(
    'button',
    {
      type: 'button',
      class: 'tool menu-button',
      'data-focus-key': focusKey,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-label': label,
      title: label,
    },
    [element('span', { 'aria-hidden': 'true' }, ['⋯'])],
  );
  const menu = element('div', { class: 'menu', role: 'menu', 'aria-label': label, hidden: true });
  const entries = items.map((item) => {
    const entry = element(
      'button',
      { type: 'button', role: 'menuitem', tabindex: '-1', disabled: item.disabled },
      [translate(item.labelKey)],
    );
    entry.addEventListener('click', () => {
      close(false);
      item.run();
    });
    return entry;
  });
  menu.append(...entries);
  const enabled = () => entries.filter((entry) => !entry.disabled);
  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    enabled()[0]?.focus();
  };
  function close(refocus: boolean): void {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close(true)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && menu.hidden) {
      event.preventDefault();
      open();
    }
  });
  menu.addEventListener('keydown', (event) => {
    const list = enabled();
    const index = list.indexOf(event.target as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowDown') next = list[(index + 1) % list.length];
    else if (event.key === 'ArrowUp') next = list[(index - 1 + list.length) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    else if (event.key === 'Escape') {
      // Escape would otherwise close the whole popup.
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    } else if (event.key === 'Tab') close(false);
    if (next) {
      event.preventDefault();
      // The list-wide arrow navigation must not move the focus too.
      event.stopPropagation();
      next.focus();
    }
  });
  const wrapper = element('span', { class: 'tools' }, [button, menu]);
  wrapper.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !wrapper.contains(event.relatedTarget)) {
      close(false);
    }
  });
  return wrapper;
}

/** Swaps a favourite's name for a text field; Enter or leaving it saves, Escape cancels. */
function startRenaming(row: HTMLElement, favourite: Favourite, actions: FavouriteActions): void {
  const button = row.querySelector<HTMLButtonElement>('.call-item');
  if (!button) return;
  const input = element('input', {
    type: 'text',
    class: 'rename',
    value: favourite.name,
    maxlength: '80',
    'aria-label': translate('popup_favourite_new_name', [favourite.name]),
    'data-focus-key': `call:${favourite.id}`,
  });
  let done = false;
  const finish = (save: boolean) => {
    if (done) return;
    done = true;
    // Put the button back at once; the saved name arrives with the next render from storage.
    input.replaceWith(button);
    button.focus();
    if (save && input.value.trim() !== '' && input.value !== favourite.name) {
      actions.rename(favourite.id, input.value);
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      // Escape would otherwise close the whole popup.
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  });
  input.addEventListener('blur', () => finish(true));
  button.replaceWith(input);
  input.focus();
  input.select();
}

export function renderFavourites(
  view: PopupView,
  favourites: readonly Favourite[],
  actions: FavouriteActions,
): void {
  keepingFocus(view.favouritesList, () =>
    view.favouritesList.replaceChildren(
      ...favourites.map((favourite, index) => {
        const button = callButton(`call:${favourite.id}`, favourite.name, favourite.uri);
        // The name is the user's own; the tooltip says what a click does.
        button.title = uriInWords(favourite.uri);
        button.dataset.favouriteId = favourite.id;
        button.setAttribute('aria-keyshortcuts', 'F2 Alt+ArrowUp Alt+ArrowDown');
        button.addEventListener('click', () => actions.call(favourite.uri));
        const row = element('li', { class: 'favourite' }, [button]);
        row.append(
          favouriteMenu(`menu:${favourite.id}`, favourite.name, [
            { labelKey: 'popup_menu_rename', run: () => startRenaming(row, favourite, actions) },
            {
              labelKey: 'popup_menu_move_up',
              run: () => actions.move(favourite.id, index - 1),
              disabled: index === 0,
            },
            {
              labelKey: 'popup_menu_move_down',
              run: () => actions.move(favourite.id, index + 1),
              disabled: index === favourites.length - 1,
            },
            { labelKey: 'popup_menu_remove', run: () => actions.remove(favourite.id) },
          ]),
        );
        button.addEventListener('keydown', (event) => {
          if (event.key === 'F2') {
            event.preventDefault();
            startRenaming(row, favourite, actions);
          } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            // Handled here so the list-wide arrow navigation does not also move the focus.
            event.stopPropagation();
            actions.move(favourite.id, index + (event.key === 'ArrowUp' ? -1 : 1));
          }
        });
        return row;
      }),
    ),
  );
  view.favouritesEmpty.hidden = favourites.length > 0;
}

/** Up/Down between the calls of both lists; Up from the first call goes back to the field. */
export function wireListNavigation(view: PopupView): void {
  view.root.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const calls = [...view.root.querySelectorAll<HTMLElement>('.call-item')];
    if (target === view.address) {
      // Only when the field holds one line, so Down still moves the caret in a pasted invitation.
      if (event.key === 'ArrowDown' && !event.altKey && !view.address.value.includes('\n')) {
        const first = calls[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
      return;
    }
    const index = calls.indexOf(target);
    if (index < 0 || event.altKey) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = calls[index + 1];
    else if (event.key === 'ArrowUp') next = index === 0 ? view.address : calls[index - 1];
    else if (event.key === 'Home') next = calls[0];
    else if (event.key === 'End') next = calls[calls.length - 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}
