// Debounces validation per document, so a burst of keystrokes produces one fresh result instead of one per key.
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Short enough to feel instant, long enough to merge the changes of fast typing. */
export const VALIDATION_DELAY_MS = 40;

/** Runs `validate` for a document once its changes have settled; later requests replace earlier ones. */
export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly validate: (document: TextDocument) => Promise<void>) {}

  schedule(document: TextDocument, delay = VALIDATION_DELAY_MS): void {
    this.cancel(document.uri);
    const timer = setTimeout(() => {
      this.timers.delete(document.uri);
      void this.validate(document);
    }, delay);
    this.timers.set(document.uri, timer);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
