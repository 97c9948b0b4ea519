/**
 * The regions the phone library has numbering plans for (ISO 3166-1 alpha-2, plus AC and TA),
 * written out so that settings can check a stored country without loading the library's metadata
 * into every script that reads settings. `regions.test.ts` keeps the list equal to the library's.
 */
const REGION_LIST =
  'AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG ' +
  'EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT ' +
  'HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR ' +
  'LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF ' +
  'NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD ' +
  'SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT TV TW ' +
  'TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

export const PHONE_REGIONS: readonly string[] = Object.freeze(REGION_LIST.split(' '));

const REGION_SET = new Set(PHONE_REGIONS);

export function isPhoneRegion(value: unknown): value is string {
  return typeof value === 'string' && REGION_SET.has(value);
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
