import { translateMessage } from '../i18n/translate';
import { element } from '../ui/dom';
import type { Reading } from './interpret';
import type { PopupView } from './view';

/**
 * When the text has more than one reading (a number may be a conference or a login; an invitation
 * may hold several addresses), a radio group lets the person say which. Arrow keys move between
 * the options, as in any radio group.
 */
export function renderChoices(
  view: PopupView,
  readings: readonly Reading[],
  chosenId: string | null,
  onChoose: (id: string) => void,
): void {
  view.choices.hidden = readings.length < 2;
  const ids = readings.map((reading) => reading.id).join('\n');
  // Rebuilding on every keystroke would steal focus from a radio the person is on.
  if (view.choiceList.dataset.ids !== ids) {
    view.choiceList.dataset.ids = ids;
    view.choiceList.replaceChildren(
      ...readings.map((reading, index) => {
        const radio = element('input', {
          type: 'radio',
          name: 'reading',
          id: `reading-${index}`,
          value: reading.id,
        });
        radio.addEventListener('change', () => {
          if (radio.checked) onChoose(reading.id);
        });
        return element('div', { class: 'check' }, [
          radio,
          element('label', { for: radio.id }, [translateMessage(reading.label)]),
        ]);
      }),
    );
  }
  for (const radio of view.choiceList.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    radio.checked = radio.value === (chosenId ?? readings[0]?.id);
  }
}
