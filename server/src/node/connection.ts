// The Node server's LSP connection: stdio (`--stdio`, any editor) or IPC (`--node-ipc`, as VS Code starts it), and when the process ends.
import { IPCMessageReader, IPCMessageWriter, RAL as NodeRuntime, StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-jsonrpc/node';
import { RAL, type Connection } from 'vscode-languageserver';
import { connectionOver } from '../lsp/connection';

/** How often the editor's process is looked for: a server must not outlive its editor. */
const PARENT_CHECK_MS = 3_000;

export const USAGE = 'Usage: barcamp-language-server --stdio   (VS Code starts it with --node-ipc)';

/** The transport the command line asks for; undefined when it names none. */
function transport(argv: string[]): { reader: MessageReader; writer: MessageWriter; stdio: boolean } | undefined {
  if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  return undefined;
}

/**
 * The connection, ending the process as vscode-languageserver/node does: on `exit` (0 after `shutdown`,
 * else 1), when the input closes, and when the editor's process (initialize's processId) is gone.
 * Over stdio, console output goes to the editor's log instead of corrupting the protocol on stdout.
 */
export function nodeConnection(argv: string[]): Connection | undefined {
  const chosen = transport(argv);
  if (!chosen) return undefined;
  // The shared server bundle brings the browser's runtime layer (messages handled in microtasks); in Node,
  // the Node one handles each message in its own macrotask, so a cancellation can arrive in between.
  RAL.install(NodeRuntime());
  let code = 1;
  const connection = connectionOver(chosen.reader, chosen.writer, {
    onInitialize: ({ processId }) => {
      if (typeof processId === 'number' && processId > 0) setInterval(() => isAlive(processId) || process.exit(code), PARENT_CHECK_MS).unref();
    },
    onShutdown: () => (code = 0),
    onExit: (exitCode) => process.exit(exitCode),
  });
  chosen.reader.onClose(() => process.exit(code));
  if (chosen.stdio) redirectConsole(connection);
  return connection;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, but belongs to someone else
  }
}

function redirectConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map(String).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
}
