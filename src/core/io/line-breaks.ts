/**
 * Counts physical line breaks (CRLF, lone LF, lone CR: what a text editor
 * shows) in ranges of one string, moving forward only. Positions of the next
 * CR and LF are cached, so a whole pass over a text is linear even when most
 * ranges hold no break of one kind.
 */
export class LineBreakCounter {
  private nextCr: number;
  private nextLf: number;

  constructor(private readonly text: string) {
    this.nextCr = text.indexOf('\r');
    this.nextLf = text.indexOf('\n');
  }

  /** Breaks that start in [from, to). Calls must not go backwards. */
  count(from: number, to: number): number {
    const text = this.text;
    let n = 0;
    while (this.nextCr !== -1 && this.nextCr < from) this.nextCr = text.indexOf('\r', from);
    while (this.nextLf !== -1 && this.nextLf < from) this.nextLf = text.indexOf('\n', from);
    while (this.nextCr !== -1 && this.nextCr < to) {
      n++;
      this.nextCr = text.indexOf('\r', this.nextCr + 1);
    }
    while (this.nextLf !== -1 && this.nextLf < to) {
      if (this.nextLf === 0 || text.charCodeAt(this.nextLf - 1) !== 13) n++;
      this.nextLf = text.indexOf('\n', this.nextLf + 1);
    }
    return n;
  }
}

