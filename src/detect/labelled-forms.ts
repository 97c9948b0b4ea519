import type { TrueConfContext } from './context';
import { conferenceHref, userHref } from './protocol-bridge';
import { readServerAt } from './server';
import {
  isAsciiAlphanumericCode,
  isConferenceIdCode,
  isFollowedByDigitGroup,
  isLoginCode,
  isSpaceCode,
  isTokenEndAt,
  isAsciiDigitCode,
  wordAfter,
} from './text';
import type { Match } from './types';

/**
 * F3 and F4 labels in one pass. Longer labels come first inside each group so that
 * "conference ID" wins over "conference"; the lookarounds keep labels whole words in any script.
 * Spaces inside labels are bounded so no label can make the scan backtrack over long runs.
 */
const LABEL_PATTERN =
  /(?<![\p{L}\p{N}\p{M}_])(?:(?<conferenceIdLabel>conference\s{1,3}(?:id|number)|cid|id\s{1,3}конференции|идентификатор\s{1,3}конференции|номер\s{1,3}конференции)|(?<bareConferenceLabel>conference|конференция|конференции)|(?<trueconfIdLabel>trueconf\s{1,3}(?:id|login|user|логин)|логин\s{1,3}trueconf|пользователь\s{1,3}trueconf|id\s{1,3}trueconf)|(?<trueconfAloneLabel>trueconf))(?![\p{L}\p{N}\p{M}_])/giu;

const SEPARATOR_PUNCTUATION = new Set([':', '-', '–', '—', '#', '№', '=']);
/** "a few characters in all": `Conference ID : ` and `№ ` fit, a sentence does not. */
const MAX_SEPARATOR_LENGTH = 5;

const MIN_CONFERENCE_ID_LENGTH = 3;
/** After the bare words "conference"/"конференция" a short number is a year or a room ("TrueConf conference 2026"). */
const MIN_CONFERENCE_ID_LENGTH_AFTER_BARE_LABEL = 6;
const MAX_CONFERENCE_ID_LENGTH = 128;
const MAX_LOGIN_LENGTH = 64;

/** Dates, versions and dotted numbers: `2024-05-01`, `4.1.0`, `v4.1.0.12345`. */
const NUMBER_OR_VERSION = /^[vV]?\d+(?:[._-]\d+)+$/;
/** A login that cannot be an ordinary word: it has a letter and a digit or one of `._-`. */
const IDENTIFIER_LIKE = /^(?=.*[A-Za-z])(?=.*[\d._-])/;
/** "TrueConf: Overview", "TrueConf: FAQ" are headings; logins are written in lower case. */
const WORD_WITH_CAPITALS = /^(?=.*[A-Z])[A-Za-z]+$/;
const HAS_LETTER = /[A-Za-z]/;
/**
 * The sentence before the label asks to call someone ("call me on TrueConf: …", "ring the helpdesk
 * on TrueConf: …", "звоните в TrueConf: …"): then a plain word before "or" is still a login.
 */
const CALL_REQUEST =
  /(?<![\p{L}\p{N}_])(?:call|ring|reach|contact|dial|звони\p{L}*|позвони\p{L}*|набери\p{L}*|наберите|свяжи\p{L}*|пиши\p{L}*|напиши\p{L}*)(?![\p{L}\p{N}_])/iu;
/** How far back the sentence before a label is read for `CALL_REQUEST`. */
const CALL_REQUEST_REACH = 60;

/** The text before `labelStart` back to the start of its sentence, at most `CALL_REQUEST_REACH`. */
function sentenceBefore(text: string, labelStart: number): string {
  const from = Math.max(0, labelStart - CALL_REQUEST_REACH);
  const before = text.slice(from, labelStart);
  const sentenceStart = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  return sentenceStart < 0 ? before : before.slice(sentenceStart + 1);
}

interface Separator {
  end: number;
  hasPunctuation: boolean;
  endsWithSpace: boolean;
}

function readSeparator(text: string, start: number): Separator | null {
  let index = start;
  let hasPunctuation = false;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isSpaceCode(char.charCodeAt(0))) {
      index += 1;
    } else if (!hasPunctuation && SEPARATOR_PUNCTUATION.has(char)) {
      hasPunctuation = true;
      index += 1;
    } else {
      break;
    }
    if (index - start > MAX_SEPARATOR_LENGTH) return null;
  }
  if (index === start) return null;
  return { end: index, hasPunctuation, endsWithSpace: isSpaceCode(text.charCodeAt(index - 1)) };
}

export interface LabelledFormSwitches {
  conferenceId: boolean;
  trueconfId: boolean;
}

export function findLabelledAddresses(
  text: string,
  switches: LabelledFormSwitches,
  context: TrueConfContext,
  isKnownHost: (host: string) => boolean,
  matches: Match[],
): void {
  LABEL_PATTERN.lastIndex = 0;
  for (let found = LABEL_PATTERN.exec(text); found !== null; found = LABEL_PATTERN.exec(text)) {
    const labelStart = found.index;
    const labelEnd = labelStart + found[0].length;
    const separator = readSeparator(text, labelEnd);
    if (separator === null) continue;
    const groups = found.groups ?? {};
    let match: Match | null = null;
    if (groups.conferenceIdLabel !== undefined || groups.bareConferenceLabel !== undefined) {
      if (!switches.conferenceId) continue;
      const minLength =
        groups.bareConferenceLabel !== undefined
          ? MIN_CONFERENCE_ID_LENGTH_AFTER_BARE_LABEL
          : MIN_CONFERENCE_ID_LENGTH;
      match = readConferenceId(text, separator.end, minLength, () =>
        context.has(labelStart, labelEnd),
      );
    } else {
      if (!switches.trueconfId) continue;
      const isBareTrueConf = groups.trueconfAloneLabel !== undefined;
      // "the trueconf: protocol": the lower-case word glued to a colon is the scheme, not the name.
      if (isBareTrueConf && found[0] === 'trueconf' && text.charAt(labelEnd) === ':') continue;
      match = readTrueConfId(text, labelStart, separator, isBareTrueConf, isKnownHost);
    }
    if (match !== null) matches.push(match);
  }
}

function readConferenceId(
  text: string,
  start: number,
  minLength: number,
  hasContext: () => boolean,
): Match | null {
  let end = start;
  let hasDigit = false;
  while (end < text.length && isConferenceIdCode(text.charCodeAt(end))) {
    if (isAsciiDigitCode(text.charCodeAt(end))) hasDigit = true;
    end += 1;
    if (end - start > MAX_CONFERENCE_ID_LENGTH) return null;
  }
  if (end - start < minLength || !hasDigit) return null;
  if (!isTokenEndAt(text, end) || isFollowedByDigitGroup(text, end)) return null;
  if (!hasContext()) return null;
  const conferenceId = text.slice(start, end);
  const resolved = conferenceHref(conferenceId, null);
  if (resolved === null) return null;
  return {
    start,
    end,
    text: conferenceId,
    form: 'conferenceId',
    href: resolved.href,
    command: resolved.command,
  };
}

/**
 * The spec's F4 plus the guards that keep prose from becoming links: after a label followed only
 * by spaces the value must look like an identifier ("TrueConf user guide" is prose), a value
 * that continues into a phrase is prose (but "or"/"и" after a login offers another way to reach
 * someone, when the login looks like an identifier or the sentence asks to call), and after `TrueConf` alone we want "punctuation, space,
 * lower-case login with a letter" and an `@server` only when that server is known (support
 * e-mail addresses follow "TrueConf:" on many pages).
 */
function readTrueConfId(
  text: string,
  labelStart: number,
  separator: Separator,
  isBareTrueConf: boolean,
  isKnownHost: (host: string) => boolean,
): Match | null {
  if (isBareTrueConf && !(separator.hasPunctuation && separator.endsWithSpace)) return null;
  const start = separator.end;
  if (!isAsciiAlphanumericCode(text.charCodeAt(start))) return null;
  let loginEnd = start;
  while (loginEnd < text.length && isLoginCode(text.charCodeAt(loginEnd))) {
    loginEnd += 1;
    if (loginEnd - start > MAX_LOGIN_LENGTH) return null;
  }

  let end: number;
  let serverText: string | null = null;
  if (text.charCodeAt(loginEnd) === 0x40 /* @ */) {
    const server = readServerAt(text, loginEnd + 1);
    if (server === null) return null;
    if (isBareTrueConf && !isKnownHost(server.host)) return null;
    end = server.end;
    serverText = server.host + server.port;
  } else {
    while (loginEnd > start && text.charCodeAt(loginEnd - 1) === 0x2e /* . */) loginEnd -= 1;
    end = loginEnd;
  }
  if (!isTokenEndAt(text, end)) return null;

  const login = text.slice(start, loginEnd);
  if (serverText === null) {
    if (NUMBER_OR_VERSION.test(login)) return null;
    if (!separator.hasPunctuation && !IDENTIFIER_LIKE.test(login)) return null;
    const next = wordAfter(text, end);
    if (next === 'phrase') return null;
    if (
      next === 'connective' &&
      !IDENTIFIER_LIKE.test(login) &&
      !CALL_REQUEST.test(sentenceBefore(text, labelStart))
    ) {
      return null;
    }
    // "TrueConf: 4154248070" could as well be a conference or a phone: not ours to guess.
    if (isBareTrueConf && (WORD_WITH_CAPITALS.test(login) || !HAS_LETTER.test(login))) return null;
  }
  const resolved = userHref(login, serverText);
  if (resolved === null) return null;
  return {
    start,
    end,
    text: text.slice(start, end),
    form: 'trueconfId',
    href: resolved.href,
    command: resolved.command,
  };
}
