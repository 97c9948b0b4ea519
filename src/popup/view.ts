import { element } from '../ui/dom';

/**
 * The popup's static structure, built with DOM APIs. Text is named by message key (`data-i18n*`)
 * and filled in by `applyTranslations`; the behaviour modules only fill in the dynamic parts.
 * Order in the DOM is the focus order: the field, its other meanings, the preview, the actions,
 * "More" (close after the call, sign-in, QR code), this page, favourites, recent calls. Like the
 * best-liked toolbar popups, it is one field and one primary button; the rest waits behind "More".
 */
export interface PopupView {
  root: HTMLElement;
  form: HTMLFormElement;
  address: HTMLTextAreaElement;
  choices: HTMLDetailsElement;
  choicesSummary: HTMLElement;
  choiceList: HTMLElement;
  preview: HTMLElement;
  previewFound: HTMLElement;
  previewDescription: HTMLElement;
  previewUri: HTMLElement;
  previewNote: HTMLElement;
  previewError: HTMLElement;
  suggestion: HTMLButtonElement;
  phoneSettingsButton: HTMLButtonElement;
  more: HTMLDetailsElement;
  autoclose: HTMLInputElement;
  signIn: HTMLDetailsElement;
  signInServer: HTMLInputElement;
  signInLogin: HTMLInputElement;
  signInPassword: HTMLInputElement;
  signInForce: HTMLInputElement;
  callButton: HTMLButtonElement;
  copyButton: HTMLButtonElement;
  favouriteButton: HTMLButtonElement;
  openAppButton: HTMLButtonElement;
  result: HTMLElement;
  qr: HTMLDetailsElement;
  qrImage: HTMLElement;
  favouritesList: HTMLUListElement;
  favouritesEmpty: HTMLElement;
  recentList: HTMLUListElement;
  recentEmpty: HTMLElement;
  site: HTMLElement;
  siteCount: HTMLElement;
  siteSwitchLabel: HTMLElement;
  siteSwitch: HTMLInputElement;
  siteSwitchText: HTMLElement;
  siteNote: HTMLElement;
}

export function buildPopupView(doc: Document): PopupView {
  const e = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | boolean | undefined> = {},
    children: (Node | string)[] = [],
  ) => element(tag, attributes, children, doc);

  const address = e('textarea', {
    id: 'address',
    name: 'address',
    rows: '1',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'address-hint preview-error',
    'data-i18n-placeholder': 'popup_address_placeholder',
  });
  const choiceList = e('div', { class: 'choice-list' });
  // Collapsed when the first reading is the likely one; open when the text holds several addresses.
  const choicesSummary = e('summary', { id: 'choices-summary' });
  const choices = e('details', { id: 'choices', class: 'choices', hidden: true }, [
    choicesSummary,
    e('fieldset', {}, [e('legend', { 'data-i18n': 'popup_choice_legend' }), choiceList]),
  ]);

  const previewFound = e('p', { id: 'preview-found', class: 'preview-found', hidden: true });
  const previewDescription = e('p', { id: 'preview-description', class: 'preview-description' });
  const previewUri = e('code', { id: 'preview-uri', class: 'uri' });
  const previewNote = e('p', { id: 'preview-note', class: 'preview-note', hidden: true });
  const previewError = e('p', { id: 'preview-error', class: 'preview-error', hidden: true });
  const suggestion = e('button', {
    type: 'button',
    id: 'suggestion',
    class: 'suggestion',
    hidden: true,
  });
  const phoneSettingsButton = e('button', {
    type: 'button',
    id: 'phone-settings',
    class: 'suggestion',
    hidden: true,
    'data-i18n': 'popup_open_phone_settings',
  });
  const preview = e(
    'section',
    {
      id: 'preview',
      class: 'preview',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      'data-i18n-aria-label': 'popup_preview_label',
    },
    [
      previewFound,
      previewDescription,
      previewUri,
      previewNote,
      previewError,
      suggestion,
      phoneSettingsButton,
    ],
  );

  const autoclose = e('input', { type: 'checkbox', id: 'autoclose', name: 'autoclose' });

  const signInServer = e('input', {
    id: 'sign-in-server',
    name: 'server',
    autocomplete: 'off',
    spellcheck: 'false',
    'data-i18n-placeholder': 'popup_sign_in_server_placeholder',
  });
  const signInLogin = e('input', {
    id: 'sign-in-login',
    name: 'login',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  // autocomplete=off: the password is for this one launch; nothing should offer to keep it.
  const signInPassword = e('input', {
    id: 'sign-in-password',
    name: 'password',
    type: 'password',
    autocomplete: 'off',
  });
  const signInForce = e('input', { type: 'checkbox', id: 'sign-in-force', checked: true });
  const signIn = e('details', { id: 'sign-in', class: 'sign-in' }, [
    e('summary', { 'data-i18n': 'popup_sign_in_summary' }),
    e('div', { class: 'field' }, [
      e('label', { for: 'sign-in-server', 'data-i18n': 'popup_sign_in_server' }),
      signInServer,
    ]),
    e('div', { class: 'field' }, [
      e('label', { for: 'sign-in-login', 'data-i18n': 'popup_sign_in_login' }),
      signInLogin,
    ]),
    e('div', { class: 'field' }, [
      e('label', { for: 'sign-in-password', 'data-i18n': 'popup_sign_in_password' }),
      signInPassword,
    ]),
    e('div', { class: 'check' }, [
      signInForce,
      e('label', { for: 'sign-in-force', 'data-i18n': 'popup_sign_in_force' }),
    ]),
    e('p', { class: 'hint', 'data-i18n': 'popup_sign_in_hint' }),
  ]);

  const callButton = e('button', {
    type: 'submit',
    id: 'call',
    class: 'primary',
    'data-i18n': 'popup_call',
  });
  const copyButton = e('button', { type: 'button', id: 'copy', 'data-i18n': 'popup_copy' });
  const favouriteButton = e('button', {
    type: 'button',
    id: 'add-favourite',
    'data-i18n': 'popup_add_favourite',
  });
  const openAppButton = e('button', {
    type: 'button',
    id: 'open-app',
    'data-i18n': 'popup_open_app',
  });
  const result = e('p', { id: 'result', class: 'result', role: 'status', 'aria-live': 'polite' });
  const qrImage = e('div', { id: 'qr-image', class: 'qr-image' });
  const qr = e('details', { id: 'qr', class: 'qr', hidden: true }, [
    e('summary', { 'data-i18n': 'popup_qr_summary' }),
    qrImage,
    e('p', { class: 'hint', 'data-i18n': 'popup_qr_hint' }),
  ]);

  const more = e('details', { id: 'more', class: 'more' }, [
    e('summary', { 'data-i18n': 'popup_more' }),
    e('div', { class: 'check' }, [
      autoclose,
      e('label', { for: 'autoclose', 'data-i18n': 'popup_autoclose' }),
    ]),
    signIn,
    qr,
  ]);

  const form = e('form', { id: 'dial', class: 'dial', novalidate: true }, [
    // The heading above says what the popup is; the label is for screen readers only.
    e('label', {
      for: 'address',
      class: 'address-label visually-hidden',
      'data-i18n': 'popup_address_label',
    }),
    address,
    e('p', { id: 'address-hint', class: 'hint', 'data-i18n': 'popup_address_hint' }),
    choices,
    preview,
    e('div', { class: 'actions' }, [callButton, copyButton, favouriteButton]),
    result,
    more,
  ]);

  const favouritesList = e('ul', {
    id: 'favourites',
    class: 'call-list',
    'aria-labelledby': 'favourites-heading',
  });
  const favouritesEmpty = e('p', { class: 'empty', 'data-i18n': 'popup_favourites_empty' });
  const recentList = e('ul', {
    id: 'recent',
    class: 'call-list',
    'aria-labelledby': 'recent-heading',
  });
  const recentEmpty = e('p', { class: 'empty', 'data-i18n': 'popup_recent_empty' });

  const siteCount = e('p', { id: 'site-count' });
  const siteSwitch = e('input', {
    type: 'checkbox',
    role: 'switch',
    id: 'site-linking',
    'aria-describedby': 'site-note',
  });
  const siteSwitchText = e('span');
  const siteSwitchLabel = e('label', { for: 'site-linking', class: 'switch', hidden: true }, [
    siteSwitch,
    siteSwitchText,
  ]);
  const siteNote = e('p', { id: 'site-note', class: 'hint', hidden: true });
  const site = e(
    'section',
    { id: 'site', class: 'site', hidden: true, 'aria-labelledby': 'site-heading' },
    [
      e('h2', { id: 'site-heading', 'data-i18n': 'popup_site_heading' }),
      siteCount,
      siteSwitchLabel,
      siteNote,
    ],
  );

  const root = e('div', { class: 'popup' }, [
    e('header', { class: 'top' }, [
      e('h1', { 'data-i18n': 'popup_heading' }),
      e('span', { class: 'top-actions' }, [openAppButton]),
    ]),
    form,
    site,
    e('section', { class: 'lists', 'aria-labelledby': 'favourites-heading' }, [
      e('h2', { id: 'favourites-heading', 'data-i18n': 'popup_favourites_heading' }),
      favouritesList,
      favouritesEmpty,
    ]),
    e('section', { class: 'lists', 'aria-labelledby': 'recent-heading' }, [
      e('h2', { id: 'recent-heading', 'data-i18n': 'popup_recent_heading' }),
      recentList,
      recentEmpty,
    ]),
  ]);

  return {
    root,
    form,
    address,
    choices,
    choicesSummary,
    choiceList,
    preview,
    previewFound,
    previewDescription,
    previewUri,
    previewNote,
    previewError,
    suggestion,
    phoneSettingsButton,
    more,
    autoclose,
    signIn,
    signInServer,
    signInLogin,
    signInPassword,
    signInForce,
    callButton,
    copyButton,
    favouriteButton,
    openAppButton,
    result,
    qr,
    qrImage,
    favouritesList,
    favouritesEmpty,
    recentList,
    recentEmpty,
    site,
    siteCount,
    siteSwitchLabel,
    siteSwitch,
    siteSwitchText,
    siteNote,
  };
}
