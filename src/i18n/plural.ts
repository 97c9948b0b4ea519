/**
 * Chrome's i18n has no plural forms, and Russian needs three (1 адрес, 2 адреса, 5 адресов).
 * Each count message has one key per CLDR category: `<base>_one`, `<base>_few`, `<base>_many`,
 * `<base>_other`; a locale only defines the categories its language uses.
 */
export function pluralKey(base: string, count: number, language: string): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    // An unknown language tag: 'other' is defined in every locale.
  }
  return `${base}_${category}`;
}
