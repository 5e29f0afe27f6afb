// The editor-intelligence features (issue 6), listed once so server.ts registers them with one entry.
import type { Feature } from '../context';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { linksFeature } from './links';
import { peopleFeature } from './people';
import { semanticTokensFeature } from './semanticTokens';

export const intelligenceFeatures: Feature[] = [completionFeature, hoverFeature, codeActionsFeature, peopleFeature, linksFeature, semanticTokensFeature];
