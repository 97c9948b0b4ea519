import { conferenceHref } from './protocol-bridge';
import { readServerAt } from './server';
import { isConferenceIdCode, isTokenEndAt } from './text';
import type { Match } from './types';

/**
 * F2 anchor. `\c\` after a letter, digit, `:` or `\` is a path (`C:\c\2024\file.txt`,
 * `\\host\c\share`), never a conference.
 */
const CALL_STRING_MARKER = /(?<![\p{L}\p{N}\p{M}:\\])\\c\\/gu;

const MAX_CONFERENCE_ID_LENGTH = 128;
const SERVER_SUFFIXES = ['%23vcs', '#vcs', '%vcs'] as const;

function readServerSuffixAt(text: string, index: number): number {
  for (const suffix of SERVER_SUFFIXES) {
    if (text.startsWith(suffix, index)) return index + suffix.length;
  }
  return index;
}

export function findCallStrings(text: string, matches: Match[]): void {
  CALL_STRING_MARKER.lastIndex = 0;
  for (
    let found = CALL_STRING_MARKER.exec(text);
    found !== null;
    found = CALL_STRING_MARKER.exec(text)
  ) {
    const start = found.index;
    const idStart = start + found[0].length;
    let idEnd = idStart;
    while (idEnd < text.length && isConferenceIdCode(text.charCodeAt(idEnd))) {
      idEnd += 1;
      if (idEnd - idStart > MAX_CONFERENCE_ID_LENGTH) break;
    }
    if (idEnd === idStart || idEnd - idStart > MAX_CONFERENCE_ID_LENGTH) continue;
    const conferenceId = text.slice(idStart, idEnd);

    let end = idEnd;
    let serverText: string | null = null;
    if (text.charCodeAt(idEnd) === 0x40 /* @ */) {
      const server = readServerAt(text, idEnd + 1);
      if (server === null) continue;
      end = readServerSuffixAt(text, server.end);
      serverText = server.host + server.port;
    }
    if (!isTokenEndAt(text, end)) continue;
    const resolved = conferenceHref(conferenceId, serverText);
    if (resolved === null) continue;
    matches.push({
      start,
      end,
      text: text.slice(start, end),
      form: 'callString',
      href: resolved.href,
      command: resolved.command,
    });
  }
}
