/**
 * The regions the phone library has numbering plans for (ISO 3166-1 alpha-2, plus AC and TA),
 * written out so that settings can check a stored country without loading the library's metadata
 * into every script that reads settings. Packed as one 26-bit mask per first letter (base 36, bit
 * n = second letter A+n) because the settings check rides in every frame of every page, where the
 * plain list cost 420 bytes gzipped. `regions.test.ts` keeps the set equal to the library's.
 */
const REGION_MASKS =
  'sniik,x2fi3,13fegd,jznrk,jo44,3abk,dkfsr,10pvk,lq8o,153k,wkgr4,cepl3,13ycxp,kpks5,35s,d1be9,1,3accw,10rw7z,o4s0d,u4egx,mno5,5mao,sg,b8k0,2hzi9'
    .split(',')
    .map((mask) => Number.parseInt(mask, 36));

const A = 65;

export function isPhoneRegion(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) return false;
  const mask = REGION_MASKS[value.charCodeAt(0) - A] ?? 0;
  return ((mask >> (value.charCodeAt(1) - A)) & 1) === 1;
}

/** Every region, in alphabetical order (for a list of countries to choose from). */
export function phoneRegions(): string[] {
  return Array.from({ length: 26 * 26 }, (_, index) =>
    String.fromCharCode(A + Math.floor(index / 26), A + (index % 26)),
  ).filter(isPhoneRegion);
}

/** The product's home market: numbers written without `+` are Russian unless told otherwise. */
export const HOME_PHONE_REGION = 'RU';

/**
 * The region numbers without `+` are read in. The setting wins; left on "automatic" (empty), the
 * region of the browser's UI language (`en-US` → US), else the home market: a bare `en` says
 * nothing about where someone lives.
 */
export function effectivePhoneRegion(setting: string, uiLanguage: string | undefined): string {
  if (isPhoneRegion(setting)) return setting;
  const region = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2})\b/i.exec(uiLanguage ?? '')?.[1];
  const upper = region?.toUpperCase();
  return upper !== undefined && isPhoneRegion(upper) ? upper : HOME_PHONE_REGION;
}
