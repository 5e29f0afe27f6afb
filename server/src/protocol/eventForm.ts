// The guided event form: a new barcamp.json, the form's values of a plan, and a plan from the form (the form's types are the core's).
import type { EventForm, EventFormProblem } from '../core';
/** Client → server: the text of a new barcamp.json; the client picks the folder and writes it (never over an existing one). */
export const NewEventPlanRequest = 'barcamp/event/newPlan';
export interface NewEventPlanParams {
  name: string;
  language: 'de' | 'en';
  /** The first day, `YYYY-MM-DD` or `DD.MM.YYYY`. */
  date?: string;
}
export interface NewEventPlanResult {
  text: string;
}

/**
 * Client → server: the barcamp.json of the guided event form (New event, Edit event). With `base`, the
 * current text of the file, the form's fields are merged into it and every other key stays. `text` only
 * when there are no problems; the client shows the problems next to their fields and writes nothing.
 */
export const EventPlanFromFormRequest = 'barcamp/event/planFromForm';
export interface EventPlanFromFormParams {
  form: EventFormData;
  base?: string;
}
export interface EventPlanFromFormResult {
  text?: string;
  problems: EventFormProblemData[];
}

/** Client → server: the form's values of a barcamp.json text (Edit event); null when it is no JSON object. */
export const EventFormOfRequest = 'barcamp/event/formOf';
export interface EventFormOfParams {
  text: string;
}
export type EventFormOfResult = EventFormData | null;

/** The event form's values: plain strings, lists one entry per line; people as `Name (Org)`, a `*` at the end for consent. */
export type EventFormData = EventForm;

/** A problem of the form: its code, the field (and the row of `days`) and the value as typed. */
export type EventFormProblemData = EventFormProblem;
