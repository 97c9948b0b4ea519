/**
 * Detection over a long run in windows, so one call never takes long and a 10 MB text node is
 * examined piece by piece between yields. Windows overlap: a match is accepted from a window only
 * when it ends well before the window's end (it cannot have been cut short there); the next window
 * starts at a space some way before the first match it did not accept, so a label stays with its ID.
 */

export interface WindowMatch {
  start: number;
  end: number;
}

export interface WindowOptions {
  windowSize: number;
  /** Matches ending in the last `margin` characters of a window wait for the next window. */
  margin: number;
  /** Characters of neighbouring text handed to detection as context on each side. */
  contextChars: number;
}

export type WindowDetector<M extends WindowMatch> = (
  windowText: string,
  textBefore: string,
  textAfter: string,
) => M[];

const LABEL_ROOM = 80;

/** The position just after the last space at or before `position`, not below `floor`. */
function afterSpaceAtOrBefore(text: string, position: number, floor: number): number {
  for (let index = position; index > floor; index -= 1) {
    const code = text.charCodeAt(index - 1);
    if (code === 0x20 || code === 0x0a || code === 0x09) return index;
  }
  return position;
}

/**
 * Yields once after each window; returns every accepted match with offsets into `text`.
 * `before`/`after` are the neighbouring page text outside the run.
 */
export function* detectInWindows<M extends WindowMatch>(
  text: string,
  detectWindow: WindowDetector<M>,
  options: WindowOptions,
  before = '',
  after = '',
): Generator<void, M[], void> {
  const { windowSize, margin, contextChars } = options;
  if (text.length <= windowSize) return detectWindow(text, before, after);
  const accepted: M[] = [];
  let acceptedEnd = 0;
  let position = 0;
  let previousRejected = -1;
  while (position < text.length) {
    const end = Math.min(text.length, position + windowSize);
    const isLast = end === text.length;
    const windowBefore = (
      before + text.slice(Math.max(0, position - contextChars), position)
    ).slice(-contextChars);
    const windowAfter = (text.slice(end, end + contextChars) + after).slice(0, contextChars);
    const found = detectWindow(text.slice(position, end), windowBefore, windowAfter);
    const safeEnd = isLast ? text.length : end - margin;
    let firstRejected = Infinity;
    for (const match of found) {
      const shifted = { ...match, start: match.start + position, end: match.end + position };
      // Overlapping windows see some text twice; what an earlier window accepted stays accepted.
      if (shifted.start < acceptedEnd) continue;
      if (shifted.end <= safeEnd) {
        accepted.push(shifted);
        acceptedEnd = shifted.end;
      } else {
        firstRejected = Math.min(firstRejected, shifted.start);
      }
    }
    if (isLast) break;
    // A match too long for a window (seen twice) is given up rather than re-read forever.
    const pending = firstRejected !== Infinity && firstRejected !== previousRejected;
    previousRejected = firstRejected;
    const resumeAt = pending ? firstRejected : safeEnd;
    // Start a little earlier, at a space, so the label before an ID is read with it.
    const floor = Math.max(position + 1, acceptedEnd);
    const target = Math.max(floor, resumeAt - LABEL_ROOM);
    position = Math.min(afterSpaceAtOrBefore(text, target, floor), resumeAt);
    yield;
  }
  return accepted;
}
