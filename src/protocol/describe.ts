import { hasSignIn } from './command';
import { callStringAddress } from './target';
import type { Command, SignIn, Target } from './types';

/**
 * What a click does, as an i18n key of `_locales/<lang>/messages.json` and its substitutions.
 * A sign-in shows its server and login and never its password; `autoclose` and unknown parameters
 * do not change what the person is asked to agree to, so they are not described.
 */

export interface CommandDescription {
  key: string;
  substitutions: string[];
}

interface Phrase {
  name: string;
  substitutions: string[];
}

/** `rtsp://user@host/path`: the URL as people write it, its password left out. */
export function rtspDisplayUrl(address: string): string {
  return `rtsp:${address.replace(/^\/\/([^/?@:]*):[^/?@]*@/, '//$1@')}`;
}

function standaloneTargetPhrase(target: Target): Phrase {
  switch (target.type) {
    case 'user':
      return target.server === null
        ? { name: 'callUser', substitutions: [target.login] }
        : { name: 'callUserOnServer', substitutions: [target.login, target.server] };
    case 'moderatorConference':
      return target.server === null
        ? { name: 'moderatorConference', substitutions: [target.login] }
        : { name: 'moderatorConferenceOnServer', substitutions: [target.login, target.server] };
    case 'conference':
      return target.server === null
        ? { name: 'joinConference', substitutions: [target.id] }
        : { name: 'joinConferenceOnServer', substitutions: [target.id, target.server] };
    case 'rtsp':
      return { name: 'openRtsp', substitutions: [rtspDisplayUrl(target.address)] };
    case 'callString': {
      const address = callStringAddress(target.callString);
      switch (target.protocol) {
        case 'sip':
          return { name: 'callSip', substitutions: [address] };
        case 'h323':
          return { name: 'callH323', substitutions: [address] };
        case 'tel':
          return { name: 'callPhone', substitutions: [address] };
        case 'guest':
          return { name: 'callGuest', substitutions: [address] };
        case 'e164':
          return { name: 'callE164', substitutions: [address] };
        case 'other':
          return { name: 'callString', substitutions: [target.callString] };
      }
    }
  }
}

/** After a sign-in every call string reads "call <the call string>", to keep the key count sane. */
function combinedTargetPhrase(target: Target): Phrase {
  return target.type === 'callString'
    ? { name: 'callString', substitutions: [target.callString] }
    : standaloneTargetPhrase(target);
}

function signInPhrase(signIn: SignIn): Phrase {
  const { login, server } = signIn;
  if (login !== null && server !== null) {
    return { name: 'signInAsOnServer', substitutions: [login, server] };
  }
  if (login !== null) return { name: 'signInAs', substitutions: [login] };
  if (server !== null) return { name: 'signInOnServer', substitutions: [server] };
  return { name: 'signIn', substitutions: [] };
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function describeCommand(command: Command): CommandDescription {
  const signIn = command.signIn && hasSignIn(command) ? signInPhrase(command.signIn) : null;
  const target = command.target;
  if (!signIn) {
    if (!target) return { key: 'describe_launch', substitutions: [] };
    const phrase = standaloneTargetPhrase(target);
    return { key: `describe_${phrase.name}`, substitutions: phrase.substitutions };
  }
  if (!target) return { key: `describe_${signIn.name}`, substitutions: signIn.substitutions };
  const then = combinedTargetPhrase(target);
  return {
    key: `describe_${signIn.name}Then${capitalised(then.name)}`,
    substitutions: [...signIn.substitutions, ...then.substitutions],
  };
}

/** Every phrase `standaloneTargetPhrase` can name. */
const STANDALONE_TARGET_PHRASES = [
  'callUser',
  'callUserOnServer',
  'moderatorConference',
  'moderatorConferenceOnServer',
  'joinConference',
  'joinConferenceOnServer',
  'openRtsp',
  'callSip',
  'callH323',
  'callPhone',
  'callGuest',
  'callE164',
  'callString',
] as const;

/** Every phrase `combinedTargetPhrase` can name: call strings all read "call …". */
const COMBINED_TARGET_PHRASES = STANDALONE_TARGET_PHRASES.filter(
  (name) => !['callSip', 'callH323', 'callPhone', 'callGuest', 'callE164'].includes(name),
);

const SIGN_IN_PHRASES = ['signIn', 'signInAs', 'signInOnServer', 'signInAsOnServer'] as const;

/**
 * Every key `describeCommand` can return, so that a context which already has the messages (the
 * background) can hand them to one that would otherwise load the whole catalogue for a few titles.
 */
export function describedKeys(): string[] {
  return [
    'describe_launch',
    ...STANDALONE_TARGET_PHRASES.map((name) => `describe_${name}`),
    ...SIGN_IN_PHRASES.map((name) => `describe_${name}`),
    ...SIGN_IN_PHRASES.flatMap((signIn) =>
      COMBINED_TARGET_PHRASES.map((then) => `describe_${signIn}Then${capitalised(then)}`),
    ),
  ];
}
