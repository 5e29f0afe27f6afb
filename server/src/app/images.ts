// The images of a protocol against the files: which are there to carry into the documentation, and the missing-image problems.
import { imageProblems, imageTarget, type ImageState, type ImageTarget, type Problem, type SessionFacts } from '../core';
import type { Workspace } from './workspace';

/** What looking at a protocol's images found: the problems on their lines, and the files to copy. */
export interface ImageCheck {
  problems: Problem[];
  carried: ImageTarget[];
}

/**
 * Looks at every image of a protocol through the workspace (without reading it): a file inside the
 * event's folder `folderUri` of a carried type is carried when it is there; anything else is a problem
 * on the image's line. A host that cannot look (no `stat`) reports nothing and carries nothing.
 */
export async function checkImages(workspace: Workspace, facts: Pick<SessionFacts, 'uri' | 'images'>, folderUri: string): Promise<ImageCheck> {
  const images = facts.images ?? [];
  if (images.length === 0 || !workspace.stat) return { problems: [], carried: [] };
  const states = await Promise.all(
    images.map(async (image): Promise<{ state: ImageState; target?: ImageTarget }> => {
      const target = imageTarget(facts.uri, image.path, folderUri);
      if ('refused' in target) return { state: target.refused };
      const stat = await workspace.stat!(target.uri).catch(() => undefined);
      if (!stat) return { state: 'unknown' };
      if ('size' in stat) return { state: 'found', target };
      return { state: stat.error === 'missing' ? 'missing' : 'unreadable' };
    }),
  );
  const stateOf = new Map(images.map((image, i) => [image, states[i].state]));
  const problems = imageProblems(images, (image) => stateOf.get(image) ?? 'unknown');
  const carried = states.flatMap((s) => (s.target ? [s.target] : []));
  return { problems, carried };
}
