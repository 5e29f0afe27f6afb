// The door of core/text: what the rest of the code may use of it.
export { toIsoDate } from './dates';
export { type DecodedText, decodeText } from './decode';
export { type JsonArray, type JsonObject, type JsonValue, JSON_OPTIONS, propertyOf, scanJson } from './jsonText';
export { LineIndex } from './lineIndex';
export { closestMatch, editDistance } from './suggest';
export { blankOut, collapseWhitespace, foldForSearch, shorten, slugify } from './text';
export { requoteLike, yamlFlowItem, yamlScalar } from './yamlText';
export { comparePositions, intersects, overlaps, samePosition, sameRange, touches } from './ranges';
