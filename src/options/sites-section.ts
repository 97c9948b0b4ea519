import { radioGroup, section } from './controls';
import { listEditor } from './list-editor';
import { readSiteInput } from './entry-input';
import type { OptionsState } from './state';

export function sitesSection(state: OptionsState): HTMLElement {
  const node = section('sites', 'options_sites_title');
  node.append(
    listEditor({
      key: 'disabledSites',
      legendKey: 'options_disabled_sites_legend',
      descriptionKey: 'options_disabled_sites_hint',
      inputLabelKey: 'options_disabled_sites_label',
      placeholder: 'example.com',
      emptyKey: 'options_disabled_sites_empty',
      normalize: readSiteInput,
      state,
    }),
    radioGroup({
      key: 'linkStyle',
      legendKey: 'options_link_style_legend',
      descriptionKey: 'options_link_style_hint',
      choices: [
        { value: 'underline', labelKey: 'options_link_style_underline' },
        { value: 'icon', labelKey: 'options_link_style_icon' },
      ],
      state,
      read: () => state.settings.linkStyle,
      write: (linkStyle) => (current) => ({ ...current, linkStyle }),
    }),
  );
  return node;
}
