import { validateCommand } from './command';
import { encodeCallString, encodeRtspAddress, encodeValue } from './encode';
import { ProtocolBuildError } from './errors';
import { HOTQUERY, type Command, type Target } from './types';

/** Always the encoded form: `#vcs` in a URI would start the fragment. */
export const CONFERENCE_SERVER_SUFFIX = '%23vcs';

/** Servers and conference IDs are validated to hold only characters that need no encoding. */
function encodeTarget(target: Target): string {
  switch (target.type) {
    case 'user':
    case 'moderatorConference':
      return encodeValue(target.login) + (target.server === null ? '' : `@${target.server}`);
    case 'conference':
      return target.server === null
        ? `\\c\\${target.id}`
        : `\\c\\${target.id}@${target.server}${CONFERENCE_SERVER_SUFFIX}`;
    case 'rtsp':
      return `#rtsp:${encodeRtspAddress(target.address)}`;
    case 'callString':
      return encodeCallString(target.callString);
  }
}

function parametersOf(command: Command): string[] {
  const parameters: string[] = [];
  const add = (name: string, value: string) => parameters.push(`${name}=${encodeValue(value)}`);
  if (command.target?.type === 'moderatorConference') add('conftype', HOTQUERY);
  const signIn = command.signIn;
  if (signIn) {
    if (signIn.server !== null) parameters.push(`h=${signIn.server}`);
    if (signIn.login !== null) add('login', signIn.login);
    if (signIn.password !== null) add('password', signIn.password);
    if (signIn.encrypt) add('encrypt', '1');
    if (signIn.force) add('force', '1');
  }
  if (command.autoclose) add('autoclose', '1');
  for (const { name, value } of command.unknownParameters) add(name, value);
  return parameters;
}

/**
 * The canonical `trueconf:` URI of a command: target, then `conftype`, `h`, `login`, `password`,
 * `encrypt`, `force`, `autoclose`, then unknown parameters in their order. Every value is encoded,
 * so no value can add or change a parameter.
 *
 * Throws `ProtocolBuildError` when `validateCommand` refuses the command; commands from `parseUri`,
 * `classify` and the converters never are refused.
 */
export function buildUri(command: Command): string {
  const error = validateCommand(command);
  if (error) throw new ProtocolBuildError(error);
  const parts = parametersOf(command);
  if (command.target) parts.unshift(encodeTarget(command.target));
  return `trueconf:${parts.join('&')}`;
}
