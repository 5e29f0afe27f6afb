// missing-image: what carrying a protocol's images into the documentation found, as problems on their lines.
import type { ImageRef, Problem } from '../model';

/** What became of one image: found, missing, unreadable, refused (see imageTarget), or not known (no file access). */
export type ImageState = 'found' | 'missing' | 'unreadable' | 'outside' | 'type' | 'unknown';

/**
 * The missing-image problems of a protocol's images, from what the host found of each file (the core
 * reads no files). Found ones and ones that could not be looked at (`unknown`) are not reported.
 */
export function imageProblems(images: readonly ImageRef[], stateOf: (image: ImageRef) => ImageState): Problem[] {
  return images.flatMap((image): Problem[] => {
    const state = stateOf(image);
    if (state === 'found' || state === 'unknown') return [];
    return [{ code: 'missing-image', range: image.range, args: state === 'missing' ? { path: image.path } : { variant: state, path: image.path } }];
  });
}
