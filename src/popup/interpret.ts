import { DEFAULT_DETECT_OPTIONS, detect } from '../detect';
import {
  classify,
  commandForKind,
  describeCommand,
  describeError,
  type ClassifySuccess,
  type Command,
  type CommandDescription,
  type ErrorDescription,
  type InputKind,
  type WebLinkInfo,
} from '../protocol';
import { orderInvitationReadings } from './invitation-order';
import { phoneReadingFor, type PopupPhone } from './phone-reading';

/**
 * What the text in the quick-dial field means. A person types one address, or pastes a whole
 * invitation; either way the result is one or more readings to choose from, or the reason there
 * is none. Pure: the same text and servers always give the same answer.
 */

export interface InterpretContext {
  /** Configured TrueConf servers: web conference links on them are expected. */
  knownServers: readonly string[];
  /** Phone calls through TrueConf's gateway; absent or off: phone numbers are not offered. */
  phone?: PopupPhone;
}

/** One thing the text can mean. */
export interface Reading {
  /** Stable while the text stays the same, so a choice survives re-rendering. */
  id: string;
  /** The i18n key and substitutions naming this choice in the kind picker. */
  label: CommandDescription;
  command: Command;
  uri: string;
  /** For pasted invitations: the text the address was found in. */
  foundText?: string;
  /** For web conference links: which server the link names. */
  webLink?: WebLinkInfo;
  /** For phone numbers: the number as people write it, and an extension to dial once connected. */
  phone?: { display: string; extension: string | null };
}

export type Interpretation =
  | { status: 'empty' }
  | { status: 'invalid'; error: ErrorDescription }
  | {
      status: 'ready';
      /** `typed`: the text is one address. `invitation`: addresses were found inside it. */
      source: 'typed' | 'invitation';
      readings: Reading[];
    };

/** The kind picker names the reading, not the address: the preview below says the rest. */
const KIND_LABEL_KEYS: Record<InputKind, string> = {
  login: 'popup_kind_user',
  trueconfId: 'popup_kind_user',
  moderatorConference: 'popup_kind_moderator_conference',
  conference: 'popup_kind_conference',
  conferenceId: 'popup_kind_conference',
  webConferenceLink: 'popup_kind_conference',
  rtspUrl: 'popup_kind_rtsp',
  trueconfUri: 'popup_kind_uri',
  callString: 'popup_kind_call_string',
};

function typedReading(kind: InputKind, result: ClassifySuccess): Reading {
  return {
    id: kind,
    label: { key: KIND_LABEL_KEYS[kind], substitutions: [] },
    command: result.command,
    uri: result.uri,
    ...(result.webLink ? { webLink: result.webLink } : {}),
  };
}

/** The text's own reading first, then each alternative reading classify offers. */
function typedReadings(text: string, first: ClassifySuccess, context: InterpretContext): Reading[] {
  const readings = [typedReading(first.kind, first)];
  for (const kind of first.alternatives) {
    const other = commandForKind(text, kind, { knownServers: context.knownServers });
    if (other.ok) readings.push(typedReading(kind, other));
  }
  return readings;
}

/** Characters that end a sentence or wrap a link in running text but are never part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>»”’"']+$/u;
const LEADING_PUNCTUATION = /^[(<[{«“‘"']+/u;
const LINK_WORD = /^(?:https?|rtsp):\/\//i;

interface Found {
  start: number;
  text: string;
  command: Command;
  uri: string;
  webLink?: WebLinkInfo;
}

/**
 * Web conference links and RTSP URLs are no page-detection forms (a `/c/` path on an unknown site
 * is not TrueConf's), but in text the person pasted on purpose they are what they look like.
 */
function findLinkWords(text: string, context: InterpretContext): Found[] {
  const found: Found[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    const cleaned = word[0].replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '');
    if (!LINK_WORD.test(cleaned)) continue;
    const result = classify(cleaned, { knownServers: context.knownServers });
    if (!result.ok) continue;
    found.push({
      start: word.index + word[0].indexOf(cleaned),
      text: cleaned,
      command: result.command,
      uri: result.uri,
      ...(result.webLink ? { webLink: result.webLink } : {}),
    });
  }
  return found;
}

/**
 * How much of a pasted text is searched: about 5 ms here for the whole length (measured with an
 * address at the very end), so a long e-mail thread still works; beyond it the popup says so.
 */
export const MAX_INVITATION_LENGTH = 200_000;

/**
 * The addresses in a pasted invitation, each URI once, the most specific first (see
 * `invitation-order.ts`), otherwise in the order they appear. The person put the text here to call
 * it, so the whole text counts as TrueConf context for labelled IDs.
 */
function findInInvitation(fullText: string, context: InterpretContext): Reading[] {
  // Keeps every keystroke fast even when a whole document is pasted; invitations are short.
  const text = fullText.slice(0, MAX_INVITATION_LENGTH);
  const detected: Found[] = detect(text, {
    ...DEFAULT_DETECT_OPTIONS,
    knownServers: context.knownServers,
    pageHasTrueConfContext: true,
  }).map((match) => ({
    start: match.start,
    text: match.text,
    command: match.command,
    uri: match.href,
  }));
  const all = [...detected, ...findLinkWords(text, context)].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const readings: Reading[] = [];
  for (const found of all) {
    if (seen.has(found.uri)) continue;
    seen.add(found.uri);
    readings.push({
      id: `found:${found.uri}`,
      label: describeCommand(found.command),
      command: found.command,
      uri: found.uri,
      foundText: found.text,
      ...(found.webLink ? { webLink: found.webLink } : {}),
    });
  }
  return orderInvitationReadings(readings, context.knownServers);
}

export function interpretInput(text: string, context: InterpretContext): Interpretation {
  if (text.trim() === '') return { status: 'empty' };
  const classified = classify(text, { knownServers: context.knownServers });
  const phone = phoneReadingFor(text, context.phone);
  if (classified.ok) {
    const readings = typedReadings(text, classified, context);
    if (phone) {
      // `+7 916…` or `(415) 555-0132` means a phone; a bare run of digits more likely a conference.
      if (phone.first) readings.unshift(phone.reading);
      else readings.push(phone.reading);
    }
    return { status: 'ready', source: 'typed', readings };
  }
  if (phone) return { status: 'ready', source: 'typed', readings: [phone.reading] };
  // One address never holds whitespace inside it; text that does may be a pasted invitation.
  if (/\s/u.test(text.trim())) {
    const readings = findInInvitation(text, context);
    if (readings.length > 0) return { status: 'ready', source: 'invitation', readings };
  }
  return { status: 'invalid', error: describeError(classified.error) };
}
