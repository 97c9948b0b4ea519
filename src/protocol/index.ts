export type {
  CallProtocol,
  CallStringTarget,
  Command,
  ConferenceTarget,
  KnownParameter,
  ModeratorConferenceTarget,
  RtspTarget,
  SignIn,
  Target,
  TargetType,
  UnknownParameter,
  UriScheme,
  UserTarget,
} from './types';
export { KNOWN_PARAMETERS, launchCommand, commandWithTarget } from './types';

export type { ErrorCode, ErrorDescription, ProtocolError } from './errors';
export { ERROR_CODES, ProtocolBuildError, describeError, errorMessageKey } from './errors';

export {
  isValidConferenceId,
  isValidLogin,
  isValidRtspAddress,
  isValidServer,
  isValidTrueConfId,
  serverHost,
} from './validate';

export { decodeText, encodeValue } from './encode';
export { hasSignIn, validateCommand, withoutPassword } from './command';
export { callStringProtocol } from './target';
export { buildUri } from './build';
export type { ParseResult } from './parse';
export { parseUri } from './parse';
export { hasTrueConfScheme, uriSchemeOf, URI_SCHEMES } from './scheme';
export type { CanonicalCommand, CanonicalResult } from './canonical';
export { canonicalizeFoundCommand, canonicalizeFoundUri } from './canonical';
export type { WebLinkResult } from './web-link';
export {
  isKnownServer,
  rtspUrlToCommand,
  webConferenceLinkResult,
  webConferenceLinkToCommand,
} from './web-link';
export type { LinkHref, WebConferenceHref } from './link-href';
export { isKnownServerWebLink, readLinkHref } from './link-href';
export type {
  ClassifyOptions,
  ClassifyResult,
  ClassifySuccess,
  InputKind,
  WebLinkInfo,
} from './classify';
export { classify, commandForKind } from './classify';
export type { CommandDescription } from './describe';
export { describeCommand, describedKeys } from './describe';
export { targetHidesParameters } from './hidden-parameters';
export {
  DEFAULT_PHONE_DIAL_FORMAT,
  isE164Number,
  isValidPhoneDialFormat,
  phoneCallCommand,
  phoneCallString,
  phoneCallUri,
} from './phone';
