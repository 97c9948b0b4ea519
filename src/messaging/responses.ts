import { isRecord } from './guards';

/**
 * What the receivers answer. An answer crosses contexts like a request does, so whoever reads one
 * takes it through its parser here: anything it does not recognise counts as no answer (null).
 */

/** A refusal or a failure; `error` is a code, never text for people. */
export interface Failure {
  ok: false;
  error: string;
}

export type LaunchResponse =
  | { ok: true; uri: string; outcome: 'handed-to-trueconf' }
  | { ok: true; outcome: 'awaiting-confirmation' }
  | Failure;

/**
 * Why a launch waits: a sign-in, "confirm every call", a web link's "ask", or a doubtful click;
 * `refused`: a page's launch that was turned down, and the window only says why.
 */
export type PendingKind = 'sign-in' | 'confirm-call' | 'web-link' | 'unclear-click' | 'refused';

/** A held launch as the confirmation window shows it. */
export interface PendingLaunchView {
  ok: true;
  kind: PendingKind;
  pageOrigin: string;
  /** What a launch would do, described without the password. */
  description: { key: string; substitutions: string[] };
  /** The URI without its password, for display. */
  uri: string;
  /** The link was changed or hidden when it was clicked (the rule against clickjacking). */
  doubtfulClick: boolean;
}

export type PendingLaunchAnswer = PendingLaunchView | Failure;

const PENDING_KINDS: readonly PendingKind[] = [
  'sign-in',
  'confirm-call',
  'web-link',
  'unclear-click',
  'refused',
];

function parseFailure(value: Record<string, unknown>): Failure | null {
  return typeof value.error === 'string' ? { ok: false, error: value.error } : null;
}

export function parseLaunchResponse(value: unknown): LaunchResponse | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (value.ok !== true) return null;
  if (value.outcome === 'awaiting-confirmation') return { ok: true, outcome: value.outcome };
  if (value.outcome === 'handed-to-trueconf' && typeof value.uri === 'string') {
    return { ok: true, uri: value.uri, outcome: value.outcome };
  }
  return null;
}

function isDescription(value: unknown): value is PendingLaunchView['description'] {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    Array.isArray(value.substitutions) &&
    value.substitutions.every((substitution) => typeof substitution === 'string')
  );
}

export function parsePendingLaunchAnswer(value: unknown): PendingLaunchAnswer | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) return parseFailure(value);
  if (
    value.ok !== true ||
    !PENDING_KINDS.includes(value.kind as PendingKind) ||
    typeof value.pageOrigin !== 'string' ||
    !isDescription(value.description) ||
    typeof value.uri !== 'string' ||
    typeof value.doubtfulClick !== 'boolean'
  )
    return null;
  return {
    ok: true,
    kind: value.kind as PendingKind,
    pageOrigin: value.pageOrigin,
    description: {
      key: value.description.key,
      substitutions: [...value.description.substitutions],
    },
    uri: value.uri,
    doubtfulClick: value.doubtfulClick,
  };
}

/** Reports get no answer anyone reads; whatever comes back is dropped. */
export function ignoreAnswer(): undefined {
  return undefined;
}

export function parseText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function parseFlag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}
