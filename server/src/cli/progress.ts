// One line on stderr that rewrites itself while many files are read; shown only on a terminal, so logs and pipes stay clean.

export interface Progress {
  update(text: string): void;
  clear(): void;
}

/** `\r` and erase-line keep the line in place; the text is cut to the terminal's width so it never wraps. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  let shown = false;
  return {
    update: (text) => {
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(`\r\x1b[K${text.slice(0, width)}`);
      shown = true;
    },
    clear: () => {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
