// A long request the user cancelled: thrown by the use cases between batches, turned into the LSP's RequestCancelled by the server.
export class Cancelled extends Error {}
