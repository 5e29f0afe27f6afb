// The organizer's features (views, edits, check all, aggregate/preview), registered together in server.ts.
import type { Feature } from '../context';
import { aggregateFeature } from './aggregate';
import { checkAllFeature } from './checkAll';
import { eventEditsFeature } from './eventEdits';
import { eventViewsFeature } from './eventViews';
import { importNotesFeature } from './importNotes';

export const organizerFeatures: Feature[] = [eventViewsFeature, eventEditsFeature, checkAllFeature, aggregateFeature, importNotesFeature];
