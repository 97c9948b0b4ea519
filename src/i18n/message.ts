/**
 * Something to tell the user, as an i18n key and its substitutions, so pure modules can explain
 * themselves without knowing the language. `detail` adds a second sentence (e.g. why a rule in an
 * imported file was refused).
 */
export interface Message {
  key: string;
  substitutions: string[];
  detail?: Message;
}

export function message(key: string, substitutions: string[] = [], detail?: Message): Message {
  return detail === undefined ? { key, substitutions } : { key, substitutions, detail };
}
