/**
 * What "Meet now" copies: the conference's web page and its `trueconf:` link, one per line, so
 * a person without the app can still join in the browser.
 */
import { buildUri, isValidLogin, isValidServer } from '../protocol';
import type { Command } from '../protocol';
import { serverOfOrigin } from './address';
import type { Conference } from './schema';

export function conferenceUri(conference: Conference, origin: string): string {
  const command: Command = {
    target: { type: 'conference', id: conference.id, server: serverOfOrigin(origin) },
    signIn: null,
    autoclose: false,
    unknownParameters: [],
  };
  return buildUri(command);
}

/** The conference page: the server's own `url`, or `https://S/c/CID` when it gave none. */
export function conferenceWebLink(conference: Conference, origin: string): string {
  return conference.webUrl ?? `${origin}/c/${encodeURIComponent(conference.id)}`;
}

export interface Invitation {
  webLink: string;
  uri: string;
  /** The clipboard text. */
  text: string;
}

export function invitationOf(conference: Conference, origin: string): Invitation {
  const webLink = conferenceWebLink(conference, origin);
  const uri = conferenceUri(conference, origin);
  return { webLink, uri, text: `${conference.topic}\n${webLink}\n${uri}` };
}

/** Initials for a contact's avatar: first letters of the first two words of the name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

/**
 * The `trueconf:` link that calls a contact: its TrueConf ID as listed (`bob@server`), or the
 * login on the signed-in server when the address book lists a bare login. null when the ID is
 * nothing a `trueconf:` link can hold.
 */
export function contactUri(contactId: string, origin: string): string | null {
  const at = contactId.lastIndexOf('@');
  const login = at > 0 ? contactId.slice(0, at) : contactId;
  const server = at > 0 ? contactId.slice(at + 1) : serverOfOrigin(origin);
  if (!isValidLogin(login) || !isValidServer(server)) return null;
  return buildUri({
    target: { type: 'user', login, server },
    signIn: null,
    autoclose: false,
    unknownParameters: [],
  });
}
