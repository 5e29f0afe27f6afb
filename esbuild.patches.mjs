// The one build-time patch of a dependency, applied by esbuild.mjs, the tests and the bench alike: pinned, and the build fails when it no longer applies.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * mdast-util-from-markdown 2.x calls every token handler with a fresh `{...context, sliceSerialize}`
 * object, millions of object spreads per archive. Handlers use `this` only during the call, so setting
 * `sliceSerialize` on the one shared context object is equivalent. Measured 2026-12-07, `barcamp check`
 * of 1,000 protocols, five interleaved pairs: CPU time ×0.84 with this patch (median; 0.78–0.92).
 *
 * Pinned: the patch is written for exactly this version. Another version, or this text missing from it,
 * fails the build with a message, so an update never ships unpatched or mis-patched unnoticed: check
 * the new version's code, adapt SPREAD_CALL and the pin, and measure again (npm run bench).
 */
const MDAST_VERSION = '2.1.0';
const SPREAD_CALL = `        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1])`;
const SHARED_CALL = `        context.sliceSerialize = events[index][2].sliceSerialize;
        handler[events[index][1].type].call(context, events[index][1])`;

export const fastMdastCompile = {
  name: 'fast-mdast-compile',
  setup(build) {
    build.onLoad({ filter: /mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const { version } = JSON.parse(await readFile(join(dirname(args.path), '..', 'package.json'), 'utf8'));
      const source = await readFile(args.path, 'utf8');
      if (version !== MDAST_VERSION || !source.includes(SPREAD_CALL)) {
        const found = version !== MDAST_VERSION ? `version ${version}, the patch is pinned to ${MDAST_VERSION}` : 'the patched code is not there';
        return { errors: [{ text: `fast-mdast-compile: mdast-util-from-markdown cannot be patched (${found}); see esbuild.patches.mjs` }] };
      }
      return { contents: source.replace(SPREAD_CALL, SHARED_CALL) };
    });
  },
};

/**
 * Every patch. micromark's per-parse merge of its constructs was patched too until 2026-12-07; measured
 * then, it bought 1 % on `check` and nothing on `aggregate` (five interleaved pairs each), so it went.
 */
export const dependencyPatches = [fastMdastCompile];
