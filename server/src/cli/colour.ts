// Whether the CLI colours its output: only on a terminal, NO_COLOR switches it off, FORCE_COLOR on (https://no-color.org, https://force-color.org).
import type { WriteStream } from 'node:tty';

/** NO_COLOR wins over FORCE_COLOR; both count only when not empty; FORCE_COLOR=0 or false means no (as Node reads it); else a terminal that has colours. */
export function wantsColour(stream: NodeJS.WriteStream | Partial<WriteStream>, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  return stream.isTTY === true && (typeof stream.hasColors !== 'function' || stream.hasColors());
}
