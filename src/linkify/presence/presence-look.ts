import type { ContactPresence } from '../../messaging/responses';
import { ICON_IMAGE, ICON_ROOM_EM, type LinkLook } from '../link/link-element';

/**
 * The presence dot, drawn the way links are styled already (src/linkify/link/link-element.ts):
 * inline declarations with `!important` through the CSSOM, no stylesheet in the page. The dot is
 * the link's background in a padding of its own before the text: it covers no character and
 * adds nothing to `innerText`. With the icon look, the camera keeps its place after the text.
 */

/** The attribute that carries a link's presence (`available`, `busy`, …); a page can read it. */
export const PRESENCE_ATTRIBUTE = 'data-trueconf-presence';

/** The quick dial's colours (src/ui/theme.css `.presence-*`); offline is a ring, as there. */
const DOT_COLOURS: Record<ContactPresence, string> = {
  available: '#1a7f37',
  busy: '#b3261e',
  'in-conference': '#c99a1a',
  offline: '#545d68',
};

/** The room the dot takes before the text: the dot and a gap. */
const DOT_ROOM_EM = 0.7;

function dotImage(presence: ContactPresence): string {
  const colour = encodeURIComponent(DOT_COLOURS[presence]);
  return (
    'url("data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2010%2010%27%3E' +
    (presence === 'offline'
      ? `%3Ccircle%20cx=%275%27%20cy=%275%27%20r=%274%27%20fill=%27none%27%20stroke=%27${colour}%27%20stroke-width=%271.5%27/%3E`
      : `%3Ccircle%20cx=%275%27%20cy=%275%27%20r=%274.5%27%20fill=%27${colour}%27/%3E`) +
    '%3C/svg%3E")'
  );
}

/** The properties presence sets (longhands: each is saved and given back on its own). */
export const PRESENCE_PROPERTIES = [
  'padding-left',
  'padding-right',
  'background-image',
  'background-repeat',
  'background-position',
  'background-size',
] as const;

/** `[property, value]` pairs a link of `look` gets for `presence`. */
export function presenceDeclarations(
  presence: ContactPresence,
  look: LinkLook,
): [(typeof PRESENCE_PROPERTIES)[number], string][] {
  const dot = dotImage(presence);
  const withIcon = look === 'icon';
  return [
    ['padding-left', `${DOT_ROOM_EM}em`],
    ['padding-right', withIcon ? `${ICON_ROOM_EM}em` : '0'],
    ['background-image', withIcon ? `${dot}, ${ICON_IMAGE}` : dot],
    ['background-repeat', 'no-repeat'],
    ['background-position', withIcon ? 'left center, right center' : 'left center'],
    ['background-size', withIcon ? '0.5em 0.5em, 0.8em 0.5em' : '0.5em 0.5em'],
  ];
}
