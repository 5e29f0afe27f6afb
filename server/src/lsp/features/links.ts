// Document links: web addresses and relative file links in a protocol (core/links.ts).
import { documentLinks } from '../../core';
import type { Feature } from '../context';
import { toDocumentLink } from '../convertEditing';

export const linksFeature: Feature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register({ connection, documents }) {
    connection.onDocumentLinks(({ textDocument }) => {
      const document = documents.get(textDocument.uri);
      return document ? documentLinks(document.getText(), document.uri).map(toDocumentLink) : [];
    });
  },
};
