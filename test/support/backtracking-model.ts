import type { CharSet, RegexNode } from '../../src/detect/regex-safety';

/**
 * A small backtracking matcher over the parsed pattern, as JavaScript's engine works at worst:
 * every way of matching is tried in order until one succeeds, from every start position. It counts
 * steps (one per node tried at a position) instead of time, so a test can hold accepted rules to a
 * fixed budget whatever the machine. It over-approximates what can match (negated classes and
 * `\s`/`\W` match anything, assertions and lookarounds always hold), which only adds paths.
 * Repeats of one character are walked without recursion, as engines do, so long runs do not
 * exhaust the stack.
 */
export class StepBudgetExceeded extends Error {}

function inSet(set: CharSet, char: string | undefined): boolean {
  return char !== undefined && (set === 'any' || set.has(char));
}

export function countMatchSteps(root: RegexNode, text: string, budget: number): number {
  let steps = 0;
  const step = (): void => {
    steps += 1;
    if (steps > budget) throw new StepBudgetExceeded(`over ${budget} steps`);
  };

  const match = (node: RegexNode, at: number, next: (end: number) => boolean): boolean => {
    step();
    switch (node.kind) {
      case 'chars':
        return inSet(node.set, text[at]) && next(at + 1);
      case 'assertion':
      case 'lookaround':
      case 'backreference':
        return next(at);
      case 'group':
        return match(node.body, at, next);
      case 'alternation':
        return node.branches.some((branch) => match(branch, at, next));
      case 'sequence': {
        const from = (index: number, position: number): boolean => {
          const item = node.items[index];
          return item === undefined
            ? next(position)
            : match(item, position, (end) => from(index + 1, end));
        };
        return from(0, at);
      }
      case 'repeat': {
        const { body, min, max } = node;
        if (body.kind === 'chars') {
          let count = 0;
          while (count < max && inSet(body.set, text[at + count])) {
            step();
            count += 1;
          }
          for (; count >= min; count -= 1) {
            step();
            if (next(at + count)) return true;
          }
          return false;
        }
        const again = (count: number, position: number): boolean => {
          step();
          if (
            count < max &&
            match(body, position, (end) => end !== position && again(count + 1, end))
          )
            return true;
          return count >= min && next(position);
        };
        return again(0, at);
      }
    }
  };

  for (let start = 0; start <= text.length;) {
    let end = -1;
    const found = match(root, start, (position) => {
      end = position;
      return true;
    });
    start = found && end > start ? end : start + 1;
  }
  return steps;
}
