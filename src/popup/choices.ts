import { translate, translateMessage } from '../i18n/translate';
import { element } from '../ui/dom';
import type { Interpretation, Reading } from './interpret';
import type { PopupView } from './view';

/**
 * When the text has more than one reading (a number may be a conference or a login; an invitation
 * may hold several addresses), a radio group lets the person say which. The first reading is the
 * likely one and is preselected, so Enter takes it: a typed address only offers the others behind
 * a closed "Other meanings", and only a pasted text with several addresses opens the question by
 * itself. Arrow keys move between the options, as in any radio group.
 */
export function renderChoices(
  view: PopupView,
  interpretation: Interpretation,
  chosenId: string | null,
  onChoose: (id: string) => void,
): void {
  const readings: readonly Reading[] =
    interpretation.status === 'ready' ? interpretation.readings : [];
  view.choices.hidden = readings.length < 2;
  const ids = readings.map((reading) => reading.id).join('\n');
  // Rebuilding on every keystroke would steal focus from a radio the person is on.
  if (view.choiceList.dataset.ids !== ids) {
    view.choiceList.dataset.ids = ids;
    const several = interpretation.status === 'ready' && interpretation.source === 'invitation';
    view.choicesSummary.textContent = translate(
      several ? 'popup_choice_several_found' : 'popup_choice_other_meanings',
    );
    view.choices.open = several;
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
