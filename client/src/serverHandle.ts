// Owns the current LanguageClient. A client whose start failed cannot start again, so a restart then builds a new one.
import type { BaseLanguageClient } from 'vscode-languageclient';

export class ServerHandle {
  private client: BaseLanguageClient | undefined;

  constructor(private readonly create: () => BaseLanguageClient) {}

  async start(): Promise<void> {
    this.client ??= this.create();
    await this.client.start();
  }

  /** The client once it runs, started when needed: what requests go through. */
  async running(): Promise<BaseLanguageClient> {
    await this.start();
    return this.client!;
  }

  async restart(): Promise<void> {
    const current = this.client;
    if (current?.needsStop()) {
      await current.start().catch(() => undefined); // let a start in progress settle first
      if (current.isRunning()) {
        await current.stop();
        return current.start();
      }
    }
    if (current && !current.needsStart()) {
      // The start failed: throw this client away (dispose() rejects for a client that never ran).
      this.client = undefined;
      await current.dispose().catch(() => undefined);
    }
    await this.start();
  }

  async stop(): Promise<void> {
    const current = this.client;
    this.client = undefined;
    if (current?.needsStop()) await current.stop().catch(() => undefined);
  }
}
