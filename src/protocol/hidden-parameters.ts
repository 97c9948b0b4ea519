import type { Command } from './types';

/**
 * `trueconf:x%26h%3Devil.example%26login%3Dvictim…` is one call string to this library, but an app
 * that decodes the target before splitting it at `&` reads a sign-in that no confirmation was
 * asked for. No target the protocol documents needs `&` or `=` (logins, conference IDs and servers
 * cannot hold them), except the query of an RTSP address (`?channel=1&subtype=0`), so a target
 * that holds one anywhere else, or still holds an escape of one after decoding (`%2526`), is
 * refused where a page or typed text chose it.
 */
const SEPARATOR = /[&=]|%26|%3d/i;

export function targetHidesParameters(command: Command): boolean {
  const { target } = command;
  if (target === null) return false;
  switch (target.type) {
    case 'callString':
      return SEPARATOR.test(target.callString);
    case 'rtsp': {
      const question = target.address.indexOf('?');
      const beforeQuery = question < 0 ? target.address : target.address.slice(0, question);
      const query = question < 0 ? '' : target.address.slice(question + 1);
      return SEPARATOR.test(beforeQuery) || /%26|%3d/i.test(query);
    }
    default:
      return false;
  }
}
