import { describeCommand, parseUri, type Command } from '../protocol';
import { translate } from './i18n';

/** "Join conference 4154248070 on video.example.com", in the popup's language. */
export function commandInWords(command: Command): string {
  const description = describeCommand(command);
  return translate(description.key, description.substitutions);
}

/** The same for a stored URI; the URI itself when it no longer parses. */
export function uriInWords(uri: string): string {
  const parsed = parseUri(uri);
  return parsed.ok ? commandInWords(parsed.command) : uri;
}
