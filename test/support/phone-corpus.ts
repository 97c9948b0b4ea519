/**
 * Page text with and without phone numbers, for the phone finder (src/phone/find-in-text.ts).
 * Positives list every number a careful reader would call, as written and as E.164; negatives
 * must give none. `region` is the default country (numbers written without `+`); RU unless told.
 */

export interface PhoneCorpusEntry {
  name: string;
  text: string;
  region?: string;
}

export interface PhonePositive extends PhoneCorpusEntry {
  phones: { text: string; e164: string }[];
}

const one = (text: string, e164: string): { text: string; e164: string } => ({ text, e164 });

export const PHONE_POSITIVES: PhonePositive[] = [
  {
    name: 'RU mobile, international, brackets and dashes',
    text: 'Звоните: +7 (916) 555-12-34',
    phones: [one('+7 (916) 555-12-34', '+79165551234')],
  },
  {
    name: 'RU free phone with 8',
    text: 'Бесплатная линия 8 800 555-35-35, круглосуточно.',
    phones: [one('8 800 555-35-35', '+78005553535')],
  },
  {
    name: 'US number with an extension',
    text: 'Call us at +1 415-555-0132 ext. 12 today.',
    phones: [one('+1 415-555-0132 ext. 12', '+14155550132')],
  },
  {
    name: 'RU Moscow landline with 8 and brackets',
    text: 'Приёмная: 8 (495) 123-45-67',
    phones: [one('8 (495) 123-45-67', '+74951234567')],
  },
  {
    name: 'RU landline with a Russian extension',
    text: 'Офис: +7 495 123-45-67 доб. 204',
    phones: [one('+7 495 123-45-67 доб. 204', '+74951234567')],
  },
  {
    name: 'Two RU numbers in one sentence',
    text: 'Звоните: +7 (916) 555-12-34 или 8 800 555-35-35',
    phones: [one('+7 (916) 555-12-34', '+79165551234'), one('8 800 555-35-35', '+78005553535')],
  },
  {
    name: 'RU compact +7 without separators',
    text: 'WhatsApp: +79165551234',
    phones: [one('+79165551234', '+79165551234')],
  },
  {
    name: 'UK London number',
    text: 'London office: +44 20 7946 0958',
    phones: [one('+44 20 7946 0958', '+442079460958')],
  },
  {
    name: 'US number read in the US',
    text: 'Support line (415) 555-0132, Mon–Fri.',
    region: 'US',
    phones: [one('(415) 555-0132', '+14155550132')],
  },
  {
    name: 'US dotted number read in the US',
    text: 'Phone: 415.555.0132',
    region: 'US',
    phones: [one('415.555.0132', '+14155550132')],
  },
  {
    name: 'UK number without + read in GB',
    text: 'Ring 020 7946 0958 for bookings.',
    region: 'GB',
    phones: [one('020 7946 0958', '+442079460958')],
  },
  {
    name: 'German number',
    text: 'Berlin: +49 30 901820',
    phones: [one('+49 30 901820', '+4930901820')],
  },
  {
    name: 'French number in pairs',
    text: 'Paris : +33 1 42 68 53 00',
    phones: [one('+33 1 42 68 53 00', '+33142685300')],
  },
  {
    name: 'RU number in parentheses',
    text: 'Иван Петров (+7 916 555-12-34), менеджер',
    phones: [one('+7 916 555-12-34', '+79165551234')],
  },
  {
    name: 'RU number after "тел."',
    text: 'Тел.: 8-916-555-12-34',
    phones: [one('8-916-555-12-34', '+79165551234')],
  },
  {
    name: 'RU number with spaces only',
    text: 'Мобильный 8 916 555 12 34',
    phones: [one('8 916 555 12 34', '+79165551234')],
  },
  {
    name: 'RU number at sentence end',
    text: 'Если возникнут вопросы, звоните по номеру +7 916 555-12-34.',
    phones: [one('+7 916 555-12-34', '+79165551234')],
  },
  {
    name: 'EN footer contact',
    text: 'Contact: sales@acme.example | +1 (212) 555-0199 | New York',
    phones: [one('+1 (212) 555-0199', '+12125550199')],
  },
  {
    name: 'Kazakhstan number',
    text: 'Алматы: +7 727 355-05-05',
    phones: [one('+7 727 355-05-05', '+77273550505')],
  },
  {
    name: 'Belarus number',
    text: 'Минск: +375 17 200-00-00',
    phones: [one('+375 17 200-00-00', '+375172000000')],
  },
  {
    name: 'Ukraine number',
    text: 'Київ: +380 44 123 4567',
    phones: [one('+380 44 123 4567', '+380441234567')],
  },
  {
    name: 'St Petersburg landline',
    text: 'Санкт-Петербург, тел. (812) 123-45-67',
    phones: [one('(812) 123-45-67', '+78121234567')],
  },
  {
    name: 'Number in a table cell text',
    text: 'Отдел продаж +7 495 987-65-43',
    phones: [one('+7 495 987-65-43', '+74959876543')],
  },
  {
    name: 'Number with en dashes',
    text: 'Телефон: +7 916 555–12–34',
    phones: [one('+7 916 555–12–34', '+79165551234')],
  },
  {
    name: 'Number after a colon without a space',
    text: 'Tel:+7 (916) 555-12-34',
    phones: [one('+7 (916) 555-12-34', '+79165551234')],
  },
  {
    name: 'Two numbers separated by a comma',
    text: 'Phones: +1 415-555-0132, +1 415-555-0199',
    phones: [one('+1 415-555-0132', '+14155550132'), one('+1 415-555-0199', '+14155550199')],
  },
  {
    name: 'Number followed by hours',
    text: 'Горячая линия 8 800 100-00-00 (с 9:00 до 18:00)',
    phones: [one('8 800 100-00-00', '+78001000000')],
  },
  {
    name: 'Number in a signature',
    text: 'Best regards, Anna Smith, Sales Director, mobile +44 7911 123456',
    phones: [one('+44 7911 123456', '+447911123456')],
  },
  {
    name: 'Spanish number',
    text: 'Madrid: +34 912 34 56 78',
    phones: [one('+34 912 34 56 78', '+34912345678')],
  },
  {
    name: 'Italian number',
    text: 'Roma +39 06 6988 4857',
    phones: [one('+39 06 6988 4857', '+390669884857')],
  },
  {
    name: 'Number followed by a Russian word',
    text: 'Позвоните +7 916 555-12-34 завтра',
    phones: [one('+7 916 555-12-34', '+79165551234')],
  },
  {
    name: 'RU number with 8 and brackets, no spaces',
    text: 'Заявки по телефону 8(495)123-45-67',
    phones: [one('8(495)123-45-67', '+74951234567')],
  },
  {
    name: 'US number with x extension',
    text: 'Reach me at +1 212 555 0199 x 305',
    phones: [one('+1 212 555 0199 x 305', '+12125550199')],
  },
  {
    name: 'Canada number',
    text: 'Toronto office: +1 416-555-0147',
    phones: [one('+1 416-555-0147', '+14165550147')],
  },
  {
    name: 'Number in quotes',
    text: 'Номер «+7 916 555-12-34» указан в договоре.',
    phones: [one('+7 916 555-12-34', '+79165551234')],
  },
  {
    name: 'Number after a bullet',
    text: '• +7 495 123-45-67 — ресепшен',
    phones: [one('+7 495 123-45-67', '+74951234567')],
  },
  {
    name: 'Mobile with 8 and dashes only',
    text: 'Курьер: 8-800-555-35-35',
    phones: [one('8-800-555-35-35', '+78005553535')],
  },
  {
    name: 'Number followed by a semicolon list',
    text: 'Телефоны: +7 812 123-45-67; +7 812 765-43-21',
    phones: [one('+7 812 123-45-67', '+78121234567'), one('+7 812 765-43-21', '+78127654321')],
  },
  {
    name: 'Australian number',
    text: 'Sydney +61 2 9374 4000',
    phones: [one('+61 2 9374 4000', '+61293744000')],
  },
  {
    name: 'EN sentence with a number read in the US',
    text: 'For reservations call 212-555-0199 before noon.',
    region: 'US',
    phones: [one('212-555-0199', '+12125550199')],
  },
  {
    name: 'Number in a Russian address block',
    text: 'г. Москва, ул. Тверская, д. 1, тел. +7 (495) 123-45-67, факс +7 (495) 123-45-68',
    phones: [one('+7 (495) 123-45-67', '+74951234567'), one('+7 (495) 123-45-68', '+74951234568')],
  },
  {
    name: 'Number with a non-breaking space',
    text: 'Тел.\u00a0+7\u00a0916\u00a0555-12-34',
    phones: [one('+7\u00a0916\u00a0555-12-34', '+79165551234')],
  },
];

export const PHONE_NEGATIVES: PhoneCorpusEntry[] = [
  { name: 'Bare run of digits (a conference ID)', text: 'Conference ID 4154248070' },
  { name: 'Bare 11 digits', text: 'Код 89165551234 пришёл в SMS' },
  { name: 'Order number', text: 'Order 79165551234 shipped' },
  { name: 'Order number with spaces', text: 'Order #415 555 0132 has shipped.' },
  { name: 'Russian order number', text: 'Заказ № 8 916 555 12 34 оформлен' },
  { name: 'Russian order number with dashes', text: 'Номер заказа: 495-123-45-67' },
  { name: 'Tracking number', text: 'Tracking: 1Z999AA10123456784' },
  { name: 'Tracking number with spaces', text: 'Tracking number: 9400 1000 0000 0000 0000 00' },
  { name: 'Russian tracking number', text: 'Трек-номер: 8 800 555 35 35' },
  { name: 'INN', text: 'ИНН 7707083893' },
  { name: 'INN with dashes', text: 'ИНН: 77-070-83-893' },
  { name: 'OGRN', text: 'ОГРН 1027700132195' },
  { name: 'KPP', text: 'КПП 773601001' },
  { name: 'BIK', text: 'БИК 044525225' },
  { name: 'Bank account', text: 'р/с 40702810900000000001' },
  { name: 'IBAN', text: 'IBAN DE89 3704 0044 0532 0130 00' },
  { name: 'IBAN without label', text: 'Pay to GB29 NWBK 6016 1331 9268 19' },
  { name: 'ISO date', text: 'Released on 2024-03-15.' },
  { name: 'Russian date', text: 'Дата: 15.03.2024' },
  { name: 'Date and time', text: 'Date 2024-03-15 12:30' },
  { name: 'Span of years', text: '© 2019-2024 ACME' },
  { name: 'Version string', text: 'version 1.2.3.4567' },
  { name: 'IP address', text: 'Server at 192.168.100.200' },
  { name: 'Version with v', text: 'Update to v 8.916.555' },
  { name: 'Card number', text: 'card 4111 1111 1111 1111' },
  { name: 'Long run of digits', text: 'Serial 12345678901234567890' },
  { name: 'Number inside a longer digit run', text: 'ID 1 415 555 0132 77 is retired' },
  { name: 'Digits after a longer group', text: 'Ref 2020 8 916 555 12 34' },
  { name: 'Phone-like digits inside a word', text: 'SKU ABC+79165551234X' },
  { name: 'Part of a URL path', text: 'See https://shop.example/item/+7-916-555-12-34' },
  { name: 'Invoice number', text: 'Invoice 415-555-0132 is due' },
  { name: 'SNILS', text: 'СНИЛС 112-233-445 95' },
  { name: 'Passport', text: 'Паспорт 45 06 123456' },
  { name: 'Price with spaces', text: 'Цена: 1 250 000 руб.' },
  { name: 'Too short to be a number', text: 'Call 555-12-34' },
  { name: 'Invalid country code', text: 'Dial +0 123 456 7890' },
  { name: 'Invalid RU prefix', text: 'Телефон: +7 (016) 555-12-34' },
  { name: 'Math expression', text: '2 + 2 = 4, and 123-456 = -333' },
  { name: 'Coordinates', text: '55.7558, 37.6173' },
  { name: 'Ticket number', text: 'Ticket #8 800 555-35-35 closed' },
  { name: 'Contract number', text: 'Договор № 495-123-45-67 от 01.02.2024' },
  { name: 'Time range', text: 'Open 09:00-18:00, Mon-Fri' },
  { name: 'Model number', text: 'Model 916-555-1234-A' },
  { name: 'Account number', text: 'Account no. 212-555-0199' },
  { name: 'US number read in Russia is not valid', text: 'Call 020 7946 0958' },
  { name: 'Code with digits', text: 'Код подтверждения: 916 555 12 34' },
  // Amounts, postcodes and sums that are valid numbers in some countries' plans (a new-user trial
  // found them linked with Germany, France or India as the default country).
  { name: 'Euro amount with decimals, Germany', text: 'Итого: 1 234 567,89 €', region: 'DE' },
  { name: 'Rouble amount with decimals, Germany', text: 'Price: 12 345 678,00 ₽', region: 'DE' },
  { name: 'French price', text: 'Prix : 1 234 567 €', region: 'FR' },
  { name: 'US ZIP+4, France', text: 'Springfield, IL 62704-1234', region: 'FR' },
  { name: 'US ZIP+4, Germany', text: 'Springfield, IL 62704-1234', region: 'DE' },
  { name: 'Amount with decimals, India', text: 'Total 12 345 678,00', region: 'IN' },
  { name: 'Dotted thousands, Germany', text: 'Preis 1.234.567,89 EUR', region: 'DE' },
  { name: 'Rouble price, Germany', text: 'Цена: 1 250 000 руб.', region: 'DE' },
  { name: 'Arithmetic, Germany', text: '2 + 2 = 4, and 123-456 = -333', region: 'DE' },
  { name: 'IBAN tail, Germany', text: 'Pay to GB29 NWBK 6016 1331 9268 19', region: 'DE' },
  { name: 'Sum in euros, China', text: 'Summe: 123 456 €', region: 'CN' },
];
