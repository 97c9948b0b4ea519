import type { CapName } from './limits';

const PREFIX = '[TrueConf click-to-call]';

const EXPLANATIONS: Record<CapName, string> = {
  'run-length':
    'a block of text is too long; only its beginning was searched for TrueConf addresses.',
  'huge-text': 'a text is too large to change quickly; it is left as plain text.',
  links: 'this page has too many TrueConf addresses; the rest are left as plain text.',
  'mutation-work':
    'this page changes very often; linking new text is slowed down to keep the page responsive.',
  'slow-task': 'a piece of work took longer than planned; please report the page.',
  'relink-churn': 'the page keeps rewriting a linked text; that text is left as the page wrote it.',
};

/** Says once per page and cap that a limit was reached, so a user or developer can tell why. */
export class CapReporter {
  private readonly reported = new Set<CapName>();

  constructor(
    private readonly log: (message: string) => void = (message) => console.info(message),
  ) {}

  report(cap: CapName, detail = ''): void {
    if (this.reported.has(cap)) return;
    this.reported.add(cap);
    this.log(`${PREFIX} ${EXPLANATIONS[cap]}${detail === '' ? '' : ` (${detail})`}`);
  }

  has(cap: CapName): boolean {
    return this.reported.has(cap);
  }

  /**
   * Says so whenever `value` sets a new record for `cap` (by a quarter at least), so the log
   * shows how far over a limit things went without repeating itself.
   */
  reportRecord(cap: CapName, value: number, detail: string): void {
    const record = this.records.get(cap) ?? 0;
    if (value <= record * 1.25) return;
    this.records.set(cap, value);
    this.reported.add(cap);
    this.log(`${PREFIX} ${EXPLANATIONS[cap]} (${detail})`);
  }

  private readonly records = new Map<CapName, number>();
}
