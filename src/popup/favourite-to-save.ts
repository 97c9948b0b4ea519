import { withoutPassword, type Command } from '../protocol';
import { favouriteCommand } from './call-plan';

/**
 * What "add to favourites" saves. The popup's own sign-in fields are for one launch and are never
 * saved. A sign-in that came with a pasted link is part of what that link does, so its login stays
 * (the password never does: TrueConf asks for it), and the popup says so instead of quietly saving
 * a different call.
 */
export interface FavouriteToSave {
  command: Command;
  /** The login the favourite signs in with, for the message; null when it signs nobody in. */
  keptLogin: string | null;
}

export function favouriteToSave(
  command: Command,
  linkHadSignIn: boolean,
  signInTypedInPopup: boolean,
): FavouriteToSave | null {
  if (!command.target) return null;
  if (linkHadSignIn && !signInTypedInPopup && command.signIn) {
    const kept = withoutPassword(command);
    return { command: kept, keptLogin: kept.signIn?.login ?? null };
  }
  const call = favouriteCommand(command);
  return call && { command: call, keptLogin: null };
}
