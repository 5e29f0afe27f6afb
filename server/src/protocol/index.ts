// The custom LSP messages between the Barcamp client and server, imported by both sides; JSON-only payloads, by subject.
export * from './files';
export * from './views';
export * from './commands';
export * from './eventForm';
