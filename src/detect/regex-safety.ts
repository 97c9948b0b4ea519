/**
 * Static screening of user-written regular expressions (F6). JavaScript regexps backtrack, so a
 * pattern like `(a+)+$` can hang the page for minutes on one long word, and nothing can
 * interrupt a running regexp. We therefore parse the pattern (the RegExp constructor has
 * already accepted it, so the parser can be lenient) and refuse the shapes that backtrack
 * exponentially. Polynomial blow-ups (`\d+x` on a long run of digits) are left to the timing
 * probe in `custom-rules.ts`.
 */

/** A set of single characters, or `'any'` when too large to list or negated. */
export type CharSet = ReadonlySet<string> | 'any';

/** The parsed pattern: what the static check reasons about (and tests model). */
export type RegexNode =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'assertion' }
  | { kind: 'lookaround'; body: RegexNode }
  | { kind: 'group'; body: RegexNode }
  | { kind: 'alternation'; branches: RegexNode[] }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'repeat'; min: number; max: number; body: RegexNode }
  | { kind: 'backreference' };

export interface RegexShape {
  /** Problems that make the pattern unsafe, in words for the options page. */
  problems: string[];
  /** The whole pattern can match the empty string. */
  canMatchEmpty: boolean;
  captureGroupCount: number;
  /** Characters and literal runs taken from the pattern, for building adversarial probes. */
  literalChars: string[];
  literalRuns: string[];
}

const MAX_LISTED_CLASS_SIZE = 512;
/**
 * How many ways of cutting a text between the repetitions of a part a failing match may try: a
 * few thousand cost well under a millisecond per position; `(?:\d{2,4}[ -]?){2,5}` (7,776) is
 * fine, `(?:(?:x[^x]){1,32}){1,32}` (32^32) froze a page.
 */
const MAX_CUTTING_WAYS = 10_000;
/** Ways counts are capped here: anything this large is refused anyway. */
const MANY_WAYS = 1e12;
/** Repetition bounds above this behave like `*` for backtracking purposes. */
const LARGE_REPEAT = 32;

const DIGITS = '0123456789';
const WORD_CHARS = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;

class RegexParser {
  private position = 0;
  captureGroupCount = 0;

  constructor(
    private readonly source: string,
    private ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  parse(): RegexNode {
    const node = this.parseAlternation();
    // The RegExp constructor accepted the source, so a stray `)` cannot occur; stay lenient anyway.
    while (this.position < this.source.length) {
      this.position += 1;
    }
    return node;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.position + offset);
  }

  private parseAlternation(): RegexNode {
    const branches = [this.parseSequence()];
    while (this.peek() === '|') {
      this.position += 1;
      branches.push(this.parseSequence());
    }
    return branches.length === 1 && branches[0] !== undefined
      ? branches[0]
      : { kind: 'alternation', branches };
  }

  private parseSequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.parseQuantifier(this.parseAtom()));
    }
    return { kind: 'sequence', items };
  }

  private parseQuantifier(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const char = this.peek();
    if (char === '*') {
      min = 0;
      max = Infinity;
      this.position += 1;
    } else if (char === '+') {
      min = 1;
      max = Infinity;
      this.position += 1;
    } else if (char === '?') {
      min = 0;
      max = 1;
      this.position += 1;
    } else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (braces === null) return atom;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.position += braces[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.position += 1;
    return { kind: 'repeat', min, max, body: atom };
  }

  private parseAtom(): RegexNode {
    const char = this.peek();
    this.position += 1;
    switch (char) {
      case '(':
        return this.parseGroup();
      case '[':
        return this.parseClass();
      case '.':
        return { kind: 'chars', set: 'any' };
      case '^':
      case '$':
        return { kind: 'assertion' };
      case '\\':
        return this.parseEscape();
      default:
        return { kind: 'chars', set: this.withCase(this.readLiteralRest(char)) };
    }
  }

  /** In unicode mode a literal astral character is one atom made of two code units. */
  private readLiteralRest(first: string): string {
    const code = first.charCodeAt(0);
    if (this.unicode && code >= 0xd800 && code <= 0xdbff) {
      const next = this.peek();
      const low = next.charCodeAt(0);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.position += 1;
        return first + next;
      }
    }
    return first;
  }

  private parseGroup(): RegexNode {
    let kind: 'group' | 'lookaround' = 'group';
    const savedIgnoreCase = this.ignoreCase;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.position, this.position + 3);
      if (rest.startsWith('?:')) {
        this.position += 2;
      } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        kind = 'lookaround';
        this.position += 2;
      } else if (rest === '?<=' || rest === '?<!') {
        kind = 'lookaround';
        this.position += 3;
      } else if (rest.startsWith('?<')) {
        this.captureGroupCount += 1;
        const close = this.source.indexOf('>', this.position);
        this.position = close < 0 ? this.source.length : close + 1;
      } else {
        // Pattern modifiers such as `(?i:…)`: treat case-insensitively, which only adds overlap.
        const modifiers = /^\?([a-z]*)(?:-([a-z]*))?:/.exec(this.source.slice(this.position));
        if (modifiers !== null) {
          if ((modifiers[1] ?? '').includes('i')) this.ignoreCase = true;
          this.position += modifiers[0].length;
        }
      }
    } else {
      this.captureGroupCount += 1;
    }
    const body = this.parseAlternation();
    if (this.peek() === ')') this.position += 1;
    this.ignoreCase = savedIgnoreCase;
    return { kind, body };
  }

  private parseEscape(): RegexNode {
    const char = this.peek();
    this.position += 1;
    switch (char) {
      case 'd':
        return { kind: 'chars', set: new Set(DIGITS) };
      case 'w':
        return { kind: 'chars', set: new Set(WORD_CHARS) };
      case 'D':
      case 'W':
      case 's':
      case 'S':
        return { kind: 'chars', set: 'any' };
      case 'b':
      case 'B':
        return { kind: 'assertion' };
      case 'k':
        if (this.peek() === '<') {
          const close = this.source.indexOf('>', this.position);
          this.position = close < 0 ? this.source.length : close + 1;
          return { kind: 'backreference' };
        }
        return { kind: 'chars', set: this.withCase('k') };
      case 'p':
      case 'P':
        if (this.unicode && this.peek() === '{') {
          const close = this.source.indexOf('}', this.position);
          this.position = close < 0 ? this.source.length : close + 1;
          return { kind: 'chars', set: 'any' };
        }
        return { kind: 'chars', set: this.withCase(char) };
      default:
        if (char >= '1' && char <= '9') {
          while (this.peek() >= '0' && this.peek() <= '9') this.position += 1;
          return { kind: 'backreference' };
        }
        return { kind: 'chars', set: this.withCase(this.readEscapedCharacter(char)) };
    }
  }

  /** The character an escape like `\x41`, `\u{1F600}`, `\n` or `\.` stands for. */
  private readEscapedCharacter(char: string): string {
    const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', 0: '\0' };
    const mapped = simple[char];
    if (mapped !== undefined) return mapped;
    if (char === 'x') {
      const hex = /^[0-9A-Fa-f]{2}/.exec(this.source.slice(this.position));
      if (hex === null) return 'x';
      this.position += 2;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (char === 'u') {
      const rest = this.source.slice(this.position);
      const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
      if (braced !== null && this.unicode) {
        this.position += braced[0].length;
        const codePoint = parseInt(braced[1] ?? '0', 16);
        return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : 'u';
      }
      const hex = /^[0-9A-Fa-f]{4}/.exec(rest);
      if (hex === null) return 'u';
      this.position += 4;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (char === 'c') {
      const letter = this.peek();
      if (/^[A-Za-z]$/.test(letter)) {
        this.position += 1;
        return String.fromCharCode(letter.charCodeAt(0) % 32);
      }
      return '\\';
    }
    return char;
  }

  private parseClass(): RegexNode {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.position += 1;
    }
    const chars = new Set<string>();
    let isAny = false;
    while (this.position < this.source.length && this.peek() !== ']') {
      const from = this.readClassMember();
      if (from.kind === 'set') {
        if (from.set === 'any') isAny = true;
        else for (const member of from.set) chars.add(member);
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        const saved = this.position;
        this.position += 1;
        const to = this.readClassMember();
        if (to.kind === 'char') {
          const low = from.char.codePointAt(0) ?? 0;
          const high = to.char.codePointAt(0) ?? 0;
          if (high - low + 1 > MAX_LISTED_CLASS_SIZE) isAny = true;
          else for (let code = low; code <= high; code += 1) chars.add(String.fromCodePoint(code));
          continue;
        }
        // `[a-\d]` in non-unicode mode: the dash is literal.
        this.position = saved;
      }
      chars.add(from.char);
    }
    if (this.peek() === ']') this.position += 1;
    if (negated || isAny || chars.size > MAX_LISTED_CLASS_SIZE)
      return { kind: 'chars', set: 'any' };
    const withCase = new Set<string>();
    for (const member of chars) for (const variant of this.withCase(member)) withCase.add(variant);
    return { kind: 'chars', set: withCase };
  }

  private readClassMember(): { kind: 'char'; char: string } | { kind: 'set'; set: CharSet } {
    const char = this.peek();
    this.position += 1;
    if (char !== '\\') return { kind: 'char', char: this.readLiteralRest(char) };
    const escaped = this.peek();
    this.position += 1;
    switch (escaped) {
      case 'd':
        return { kind: 'set', set: new Set(DIGITS) };
      case 'w':
        return { kind: 'set', set: new Set(WORD_CHARS) };
      case 'D':
      case 'W':
      case 's':
      case 'S':
        return { kind: 'set', set: 'any' };
      case 'b':
        return { kind: 'char', char: '\b' };
      case 'p':
      case 'P':
        if (this.unicode && this.peek() === '{') {
          const close = this.source.indexOf('}', this.position);
          this.position = close < 0 ? this.source.length : close + 1;
          return { kind: 'set', set: 'any' };
        }
        return { kind: 'char', char: escaped };
      default:
        return { kind: 'char', char: this.readEscapedCharacter(escaped) };
    }
  }

  private withCase(char: string): ReadonlySet<string> {
    if (!this.ignoreCase) return new Set([char]);
    return new Set([char, char.toLowerCase(), char.toUpperCase()]);
  }
}

interface Analysis {
  nullable: boolean;
  first: CharSet;
  /** Contains a quantifier whose count is not fixed (`?`, `*`, `{1,3}`). */
  variable: boolean;
  /** Contains `*`, `+` or a large bound. */
  unbounded: boolean;
  /** Contains an alternation whose branches can start with the same character. */
  ambiguous: boolean;
  /**
   * Characters with which a variable repeat at the end of this part could take more text, and in
   * how many ways that end can vary (`\w{1,20}\s?`: word characters and any, 20 × 2 ways).
   */
  tail: CharSet;
  tailWays: number;
}

function union(a: CharSet, b: CharSet): CharSet {
  if (a === 'any' || b === 'any') return 'any';
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  return new Set([...a, ...b]);
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a === 'any') return b === 'any' || b.size > 0;
  if (b === 'any') return a.size > 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const char of small) if (large.has(char)) return true;
  return false;
}

const EMPTY_SET: CharSet = new Set<string>();

function analyse(node: RegexNode, problems: Set<string>): Analysis {
  switch (node.kind) {
    case 'chars':
      return {
        nullable: false,
        first: node.set,
        variable: false,
        unbounded: false,
        ambiguous: false,
        tail: EMPTY_SET,
        tailWays: 1,
      };
    case 'assertion':
      return {
        nullable: true,
        first: EMPTY_SET,
        variable: false,
        unbounded: false,
        ambiguous: false,
        tail: EMPTY_SET,
        tailWays: 1,
      };
    case 'backreference':
      problems.add('back-references (\\1, \\k<name>) are not allowed');
      return {
        nullable: true,
        first: 'any',
        variable: true,
        unbounded: true,
        ambiguous: true,
        tail: 'any',
        tailWays: MANY_WAYS,
      };
    case 'lookaround': {
      const body = analyse(node.body, problems);
      return { ...body, nullable: true, first: EMPTY_SET, tail: EMPTY_SET, tailWays: 1 };
    }
    case 'group':
      return analyse(node.body, problems);
    case 'alternation': {
      const branches = node.branches.map((branch) => analyse(branch, problems));
      let first: CharSet = EMPTY_SET;
      let tail: CharSet = EMPTY_SET;
      let ambiguous = false;
      for (const branch of branches) {
        if (overlaps(first, branch.first) || branch.ambiguous) ambiguous = true;
        first = union(first, branch.first);
        tail = union(tail, branch.tail);
      }
      return {
        nullable: branches.some((branch) => branch.nullable),
        first,
        variable: branches.some((branch) => branch.variable),
        unbounded: branches.some((branch) => branch.unbounded),
        ambiguous,
        tail,
        tailWays: Math.max(...branches.map((branch) => branch.tailWays)) * branches.length,
      };
    }
    case 'sequence': {
      const result: Analysis = {
        nullable: true,
        first: EMPTY_SET,
        variable: false,
        unbounded: false,
        ambiguous: false,
        tail: EMPTY_SET,
        tailWays: 1,
      };
      // Ways of sharing text among neighbouring repeats that can take the same characters
      // (`\w{1,39}\d{0,15}`): a failing match tries each, at every position.
      // Unbounded repeats count as one way here: how they scale is the timing probe's question.
      let chainWays = 1;
      let chained = false;
      for (const item of node.items) {
        const analysis = analyse(item, problems);
        const ways = analysis.unbounded ? 1 : analysis.tailWays;
        chained = overlaps(result.tail, analysis.first);
        chainWays = chained ? Math.min(MANY_WAYS, chainWays * ways) : ways;
        if (chained && chainWays > MAX_CUTTING_WAYS) {
          problems.add(
            'neighbouring repetitions that can take the same characters, such as \\w{1,40}\\d{0,20}a{1,20}, ' +
              'can take very long; use smaller bounds or separate them by something neither takes',
          );
        }
        if (result.nullable) result.first = union(result.first, analysis.first);
        result.nullable &&= analysis.nullable;
        result.variable ||= analysis.variable;
        result.unbounded ||= analysis.unbounded;
        result.ambiguous ||= analysis.ambiguous;
        // The end is this item's, plus what came before when this item can take nothing.
        if (analysis.nullable) {
          result.tail = union(result.tail, analysis.tail);
          result.tailWays = Math.min(MANY_WAYS, result.tailWays * analysis.tailWays);
        } else {
          result.tail = analysis.tail;
          result.tailWays = analysis.tailWays;
        }
      }
      return result;
    }
    case 'repeat': {
      const body = analyse(node.body, problems);
      const isLarge = node.max === Infinity || node.max > LARGE_REPEAT;
      // Where one repetition could end and the next begin on the same text, a failing match
      // tries every way of cutting the text: about (ways the end varies) ^ (repetitions).
      const endsAmbiguously = overlaps(body.tail, body.first);
      if (node.max > 1) {
        if (body.nullable) {
          problems.add('a repeated part can match empty text, e.g. (a*)* or (a?)+');
        }
        if (body.unbounded || (isLarge && (body.variable || body.ambiguous))) {
          problems.add(
            'nested repetition such as (a+)+, (a|a)* or (\\w+\\.)+ can take forever; ' +
              'repeat a fixed-length part or use bounds like {1,20}',
          );
        } else if (body.ambiguous) {
          problems.add(
            'a repeated choice whose alternatives can match the same text, such as (a|ab){1,10}, ' +
              'can take very long; make the alternatives start differently',
          );
        } else if (
          endsAmbiguously &&
          Math.min(node.max, LARGE_REPEAT) * Math.log(body.tailWays) > Math.log(MAX_CUTTING_WAYS)
        ) {
          problems.add(
            'nested repetition such as (?:(?:x[^x]){1,32}){1,32} can take very long; ' +
              'end each repeated part with something the next one cannot start with, or use smaller bounds',
          );
        }
      }
      const ways = node.max === Infinity ? MANY_WAYS : node.max - node.min + 1;
      const repeatedWays = endsAmbiguously
        ? Math.min(MANY_WAYS, body.tailWays ** Math.min(node.max, LARGE_REPEAT))
        : body.tailWays;
      return {
        nullable: node.min === 0 || body.nullable,
        first: body.first,
        variable: node.min !== node.max || body.variable,
        unbounded: isLarge || body.unbounded,
        ambiguous: body.ambiguous,
        tail: node.min !== node.max ? union(body.first, body.tail) : body.tail,
        tailWays: Math.min(MANY_WAYS, ways * repeatedWays),
      };
    }
  }
}

function collectLiterals(node: RegexNode, chars: Set<string>, runs: Set<string>): void {
  switch (node.kind) {
    case 'chars':
      if (node.set !== 'any') {
        const [firstMember] = node.set;
        if (firstMember !== undefined) chars.add(firstMember);
      }
      return;
    case 'lookaround':
    case 'group':
    case 'repeat':
      collectLiterals(node.body, chars, runs);
      return;
    case 'alternation':
      for (const branch of node.branches) collectLiterals(branch, chars, runs);
      return;
    case 'sequence': {
      let run = '';
      for (const item of node.items) {
        collectLiterals(item, chars, runs);
        const single = item.kind === 'chars' && item.set !== 'any' ? [...item.set][0] : undefined;
        if (single !== undefined) {
          run += single;
        } else {
          if (run.length >= 2) runs.add(run);
          run = '';
        }
      }
      if (run.length >= 2) runs.add(run);
      return;
    }
    default:
      return;
  }
}

/** The tree of a pattern the RegExp constructor has already accepted with `flags`. */
export function parseRegex(source: string, flags: string): RegexNode {
  return new RegexParser(source, flags.includes('i'), flags.includes('u')).parse();
}

/** Parses a pattern the RegExp constructor has already accepted with `flags`. */
export function analyseRegexShape(source: string, flags: string): RegexShape {
  const parser = new RegexParser(source, flags.includes('i'), flags.includes('u'));
  const root = parser.parse();
  const problems = new Set<string>();
  const analysis = analyse(root, problems);
  const chars = new Set<string>();
  const runs = new Set<string>();
  collectLiterals(root, chars, runs);
  return {
    problems: [...problems],
    canMatchEmpty: analysis.nullable,
    captureGroupCount: parser.captureGroupCount,
    literalChars: [...chars],
    literalRuns: [...runs],
  };
}
