import { translate, messagesLanguage } from '../i18n/translate';
import { pluralKey } from '../i18n/plural';
import { element } from '../ui/dom';
import { shownText } from './shown-text';

/**
 * Fills the confirmation window's target box (`<code>`, monospace, framed by its style) with
 * page-chosen text: escapes and look-alike letters as marked elements, and what was cut said in
 * words after the box. Only text nodes and elements made here; nothing is parsed as markup.
 */
export function fillTargetBox(box: HTMLElement, value: string): void {
  const doc = box.ownerDocument;
  const { parts, more } = shownText(value);
  box.replaceChildren(
    ...parts.map((part) => {
      if (part.kind === 'text') return doc.createTextNode(part.text);
      if (part.kind === 'escape') {
        return element(
          'span',
          { class: 'escaped', title: translate('confirmEscaped') },
          [`⟨${part.code}⟩`],
          doc,
        );
      }
      return element(
        'mark',
        { class: 'lookalike', title: translate('confirmLookalike', [part.code]) },
        [part.text],
        doc,
      );
    }),
  );
  const note = box.parentElement?.querySelector('.more') ?? null;
  note?.remove();
  if (more > 0) {
    const text = translate(pluralKey('confirmMoreCharacters', more, messagesLanguage()), [
      String(more),
    ]);
    box.after(element('span', { class: 'more' }, [text], doc));
  }
}
