import { describeCommand, parseUri, type Command } from '../protocol';
import { translateMessage } from './translate';

/**
 * What a call does, in the user's language ("Join conference 4154248070 on video.example.com"):
 * the one wording the popup, the options page and the address bar all show for a command.
 */
export function commandInWords(command: Command): string {
  return translateMessage(describeCommand(command));
}

/** The same for a stored URI; the URI itself when it no longer parses. */
export function uriInWords(uri: string): string {
  const parsed = parseUri(uri);
  return parsed.ok ? commandInWords(parsed.command) : uri;
}
