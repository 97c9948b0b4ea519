import { buildUri, describeCommand, parseUri, type Command, type TargetType } from '../protocol';
import type { LaunchOrigin } from '../messaging/messages';
import { defineItem, getValue, removeValue, update, watch } from '../storage';
import { redactCommand } from './redact';

/**
 * Every launch is remembered in storage.local. What is stored is rebuilt from the parsed command
 * without its password or any other credential (`redact.ts`), so none can reach history, whatever
 * the caller passes; entries stored by older releases are redacted again when read.
 */

export const HISTORY_KEY = 'history';
export const DEFAULT_HISTORY_LIMIT = 200;

/** What kind of call an entry was: a target's type, or a sign-in / app launch without one. */
export type CallKind = TargetType | 'signIn' | 'launch';

export function callKind(command: Command): CallKind {
  if (command.target) return command.target.type;
  return command.signIn ? 'signIn' : 'launch';
}

export interface HistoryEntry {
  time: number;
  kind: CallKind;
  /** The launched URI with any password removed. */
  uri: string;
  /** An i18n key and its substitutions describing the call, e.g. "Join conference … on …". */
  description: { key: string; substitutions: string[] };
  origin: LaunchOrigin;
  /** The page origin for launches that came from a page. */
  pageOrigin?: string;
  result: 'handed-to-trueconf';
}

export interface LaunchRecord {
  uri: string;
  origin: LaunchOrigin;
  pageOrigin?: string;
  time?: number;
}

/** The URI and its description with every credential gone; null when that no longer builds. */
function redacted(uri: string): Pick<HistoryEntry, 'uri' | 'description' | 'kind'> | null {
  const parsed = parseUri(uri);
  if (!parsed.ok) return null;
  const command = redactCommand(parsed.command);
  try {
    return {
      uri: buildUri(command),
      description: describeCommand(command),
      kind: callKind(parsed.command),
    };
  } catch {
    return null;
  }
}

export function historyEntryFor(record: LaunchRecord): HistoryEntry | null {
  const safe = redacted(record.uri);
  if (!safe) return null;
  return {
    time: record.time ?? Date.now(),
    ...safe,
    origin: record.origin,
    ...(record.pageOrigin ? { pageOrigin: record.pageOrigin } : {}),
    result: 'handed-to-trueconf',
  };
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const description = entry.description as Record<string, unknown> | undefined;
  return (
    typeof entry.time === 'number' &&
    typeof entry.uri === 'string' &&
    typeof entry.origin === 'string' &&
    entry.result === 'handed-to-trueconf' &&
    typeof description?.key === 'string' &&
    Array.isArray(description.substitutions) &&
    description.substitutions.every((part) => typeof part === 'string')
  );
}

/**
 * An entry as stored by any release, rebuilt from its URI: one stored before credentials were
 * redacted loses them here, and one stored before kinds were kept gets its kind.
 */
function redactedEntry(entry: HistoryEntry): HistoryEntry | null {
  const safe = redacted(entry.uri);
  if (!safe) return null;
  return { ...entry, ...safe };
}

/** Newest first; corrupt entries are dropped rather than shown. */
function historyFrom(stored: unknown): HistoryEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(isHistoryEntry).flatMap((entry) => redactedEntry(entry) ?? []);
}

export const historyItem = defineItem<HistoryEntry[]>('local', HISTORY_KEY, historyFrom);

export function readHistory(): Promise<HistoryEntry[]> {
  return getValue(historyItem);
}

export async function recordLaunch(
  record: LaunchRecord,
  limit: number = DEFAULT_HISTORY_LIMIT,
): Promise<HistoryEntry | null> {
  const entry = historyEntryFor(record);
  if (!entry || limit <= 0) return entry;
  // In turn with the other writes, so each starts from the list the last one wrote.
  await update(historyItem, (history) => [entry, ...history].slice(0, limit));
  return entry;
}

/** A smaller limit applies at once: "keep 0 calls" forgets the calls already kept. */
export async function trimHistory(limit: number): Promise<void> {
  await update(historyItem, (history) =>
    history.length > limit ? history.slice(0, Math.max(0, limit)) : undefined,
  );
}

/** Calls `listener` with the history whenever a launch or another page changes it. */
export function watchHistory(listener: (history: HistoryEntry[]) => void): () => void {
  return watch(historyItem, listener);
}

export async function clearHistory(): Promise<void> {
  await removeValue(historyItem);
}
