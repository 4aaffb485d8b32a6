// The analysis endpoints' shapes, from @parley/protocol as types only (the SDK never loads zod at run time), under
// the names the SDK has always used.
import type * as P from '@parley/protocol';

/** A line a participant said, linked to its session and turn. */
export type Quote = P.Quote;

/** Response of `GET /v1/studies/:id/insights`. */
export type Insights = P.StudyInsights;

/** Query of `studies.insights`. */
export interface InsightsParams {
  /** A participant attribute to split the findings by (e.g. `plan`, `channel`). */
  segmentBy?: string;
}

/** Body of `studies.ask` / `studies.askStream`. */
export type AskParams = P.AskRequest;

/** The `done` result of `ask`: an answer with the turns it rests on. */
export type AskAnswer = P.AskResponse;

/** Body of `studies.personas`. */
export type PersonasParams = P.PersonasRequest;

/** One persona card. */
export type Persona = P.Persona;

/** Response of `studies.personas`. */
export type Personas = P.PersonasResponse;

/** Formats of `studies.export`. */
export type ExportFormat = NonNullable<P.ExportQuery['format']>;
