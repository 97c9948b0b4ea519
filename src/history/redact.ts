import { withoutPassword, type Command, type Target } from '../protocol';

/**
 * History keeps what was called, not how to get in: besides the sign-in password (which
 * `withoutPassword` drops), a link may carry a secret in a parameter of its own name
 * (`&token=…`, `&apiKey=…`) or as the password of a `#sip:`/`#rtsp:` address. A name counts as
 * credential-like when it contains one of these words in any case: a few harmless names
 * (`keyboard`) go too, which costs history nothing.
 */
const CREDENTIAL_NAME = /pwd|pass|token|secret|key/i;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

/** `sip:alice:secret@host` → `sip:alice@host`: the password of `user:password@` goes. */
function withoutUserPassword(address: string): string {
  return address.replace(/^([^:@/]*):[^@/]*@/, '$1@');
}

/** `?channel=1&token=x` → `?channel=1`; the query of an RTSP address is `&`-separated pairs. */
function withoutCredentialQuery(address: string): string {
  const question = address.indexOf('?');
  if (question < 0) return address;
  const kept = address
    .slice(question + 1)
    .split('&')
    .filter((pair) => !isCredentialName(pair.split('=', 1)[0] ?? ''));
  return kept.length > 0
    ? `${address.slice(0, question)}?${kept.join('&')}`
    : address.slice(0, question);
}

function redactTarget(target: Target | null): Target | null {
  if (target?.type === 'rtsp') {
    const address = withoutCredentialQuery(target.address);
    return { ...target, address: `//${withoutUserPassword(address.slice(2))}` };
  }
  if (target?.type === 'callString' && target.protocol === 'sip') {
    const prefixEnd = target.callString.indexOf(':') + 1;
    const rest = withoutUserPassword(target.callString.slice(prefixEnd));
    return { ...target, callString: `${target.callString.slice(0, prefixEnd)}${rest}` };
  }
  return target;
}

/** The command as history may keep, show and hand out: no password or token of any kind. */
export function redactCommand(command: Command): Command {
  const safe = withoutPassword(command);
  return {
    ...safe,
    target: redactTarget(safe.target),
    unknownParameters: safe.unknownParameters.filter(({ name }) => !isCredentialName(name)),
  };
}
