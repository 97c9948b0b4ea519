import { findNumbers, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phone numbers written in page text (docs/detection.md, "Phone numbers"). The phone library finds
 * the numbers it judges valid for their region; precision comes first, so on top of that a number
 * is dropped when the text around it says it is something else: part of a longer run of digits,
 * an account, order or tracking number, a tax ID, a date, a version, or a bare run of digits
 * (that is as likely a conference ID, and TrueConf's detector owns those).
 */
export interface FoundPhone {
  /** UTF-16 offsets into the text: `text.slice(start, end)` is the number as written. */
  start: number;
  end: number;
  /** `+79165551234`. An extension (`ext. 12`) is inside the range but not in the number. */
  e164: string;
}

/** Words that make the number after them something else: an order, an account, a tax ID. */
const NOT_A_PHONE_LABEL = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:' +
    [
      'order',
      'orders',
      'tracking',
      'track',
      'invoice',
      'ticket',
      'account',
      'acct',
      'a/c',
      'iban',
      'swift',
      'bic',
      'ref',
      'reference',
      'id',
      'sku',
      'serial',
      's/n',
      'part',
      'model',
      'version',
      'ver',
      'v',
      'build',
      'isbn',
      'issn',
      'ean',
      'upc',
      'vat',
      'tin',
      'pin',
      'code',
      'card',
      'заказ',
      'заказа',
      'заказу',
      'трек',
      'трек-номер',
      'отслеживания',
      'накладная',
      'накладной',
      'счёт',
      'счет',
      'счёта',
      'счета',
      'р/с',
      'к/с',
      'л/с',
      'инн',
      'огрн',
      'огрнип',
      'кпп',
      'бик',
      'окпо',
      'оквэд',
      'снилс',
      'паспорт',
      'артикул',
      'арт',
      'версия',
      'версии',
      'код',
      'подтверждения',
      'пароль',
      'password',
      'otp',
      'карта',
      'карты',
      'договор',
      'договора',
      'полис',
      'билет',
    ]
      .map((word) => word.replace(/[/.]/g, '\\$&'))
      .join('|') +
    ')\\.?\\s*(?:(?:no|nr|num|number|номер|n)\\.?\\s*)?[:#№]?\\s*$|[#№]\\s*$',
  'iu',
);

/** How far back the label of a number is looked for. */
const LABEL_CHARS = 32;

/** Before a number: a letter, a digit or a joiner means it is the tail of something longer. */
const JOINED_BEFORE = /(?:[\p{L}\p{N}_@#№$%&=/\\.+*-]|\d[\s\u00a0]?|\p{Lu}{2}\d{2}\s)$/u;
/** After a number: the same, or a dot, comma or dash that continues a run of digits. */
const JOINED_AFTER = /^(?:[\p{L}\p{N}_@%&=/\\*+]|[.,:\u2010-\u2015-]\d|[\s\u00a0]\d)/u;

/** Written like a date or a span of years (`2024-03-15`, `15.03.2024`, `2019-2024`). */
const DATE_LIKE =
  /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d{2}\s*[\u2010-\u2015-]\s*(?:19|20)\d{2})$/u;
/** Four or more groups of digits and dots: a version or an address (`1.2.3.4567`, `192.168.1.2`). */
const DOTTED_DIGITS = /^\d+(?:\.\d+){3,}$/u;

/** An amount: thousands in groups after one or two digits (`1 250 000`, `12.345.678`). */
const AMOUNT_LIKE = /^\d{1,2}(?:[\s\u00a0.]\d{3}){2,}$/u;
/** A US ZIP+4 code (`62704-1234`), a valid number in some regions' plans. */
const ZIP_PLUS_FOUR = /^\d{5}-\d{4}$/u;
/** Money after the number (`… €`, `,89 руб.`) or before it (`Price:`, `$`, `Итого`). */
const CURRENCY_AFTER =
  /^[\s\u00a0]*(?:[,.]\d{1,2})?[\s\u00a0]*(?:[€$₽£¥₹₴₸]|(?:руб|р\.|eur|usd|rub|gbp|chf|dollar|euro)(?![\p{L}]))/iu;
const CURRENCY_BEFORE =
  /(?:[€$₽£¥₹₴₸]|(?:^|[^\p{L}])(?:eur|usd|rub|gbp|chf|price|prix|preis|summe|betrag|montant|total|amount|sum|итого|сумма|цена|стоимость))[\s\u00a0]*[:=]?[\s\u00a0]*$/iu;
/** Arithmetic around the number (`123-456 = -333`, `= 1 234 567`). */
const ARITHMETIC_AFTER = /^[\s\u00a0]*[=×÷*/+][\s\u00a0]*[-\d(]/u;
const ARITHMETIC_BEFORE = /[=×÷*/][\s\u00a0]*$/u;
/** The last groups of an IBAN after its country, check digits and bank code (`GB29 NWBK …`). */
const IBAN_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2}\d{2}(?:[\s\u00a0][\p{Lu}\d]{4})+[\s\u00a0]$/u;

/** How a number must be written to count: with `+`, or with a phone's separators. */
function isWrittenLikePhone(written: string): boolean {
  const number = written.replace(/\s*(?:ext\.?|x|доб\.?|добавочный)\s*\d+$/iu, '');
  return number.startsWith('+') || /\d[\s\u00a0().\u2010-\u2015-]+\(?\d/u.test(number);
}

function isLookAlike(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  const before = text.slice(Math.max(0, start - LABEL_CHARS), start);
  const after = text.slice(end, end + 2);
  const farAfter = text.slice(end, end + 12);
  return (
    !isWrittenLikePhone(written) ||
    // Phone numbers are never written with a comma; amounts are (`1 234 567,89`).
    written.includes(',') ||
    (!written.startsWith('+') && (AMOUNT_LIKE.test(written) || ZIP_PLUS_FOUR.test(written))) ||
    CURRENCY_AFTER.test(farAfter) ||
    CURRENCY_BEFORE.test(before) ||
    ARITHMETIC_AFTER.test(farAfter) ||
    ARITHMETIC_BEFORE.test(before) ||
    IBAN_BEFORE.test(before) ||
    JOINED_BEFORE.test(before) ||
    JOINED_AFTER.test(after) ||
    DATE_LIKE.test(written) ||
    DOTTED_DIGITS.test(written) ||
    NOT_A_PHONE_LABEL.test(before)
  );
}

/**
 * The phone numbers in one run of text, valid in their region; numbers written without `+` are
 * read in `region` (ISO 3166-1, e.g. `RU`). In order, never overlapping.
 */
export function findPhonesInText(text: string, region: string): FoundPhone[] {
  const found: FoundPhone[] = [];
  for (const { number, startsAt, endsAt } of findNumbers(text, {
    // The library's default leniency: numbers valid for their region, not merely possible.
    defaultCountry: region as CountryCode,
    v2: true,
  })) {
    // `(+7 916 555-12-34)`: the library may take the opening bracket of a note as the number's.
    const written = text.slice(startsAt, endsAt);
    const start =
      written.startsWith('(') && !/^\(\d{1,5}\)/u.test(written) ? startsAt + 1 : startsAt;
    if (isLookAlike(text, start, endsAt)) continue;
    found.push({ start, end: endsAt, e164: number.number });
  }
  return found;
}
