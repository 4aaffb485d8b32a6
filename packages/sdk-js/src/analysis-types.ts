// The analysis endpoints' shapes, transcribed from API.md "Analysis" because @parley/protocol does not define them
// yet. Replace each with the protocol's type (import type) as soon as it lands there.

/** A line a participant said, linked to its session and turn. */
export interface Quote {
  sessionId: string;
  turnId: string;
  text: string;
}

/** Response of `GET /v1/studies/:id/insights`. */
export interface Insights {
  studyId: string;
  sessionsAnalyzed: number;
  updatedAt: string;
  summary: { text: string; keyFindings: string[] };
  themes: { id: string; label: string; description: string; count: number; sentiment: number; quotes: Quote[] }[];
  sentiment: { average: number; distribution: { negative: number; neutral: number; positive: number } };
  segments?: Record<string, { sessions: number; sentiment: number; topThemes: string[] }>;
}

/** Query of `studies.insights`. */
export interface InsightsParams {
  /** A participant attribute to split the findings by (e.g. `plan`, `channel`). */
  segmentBy?: string;
}

/** Body of `studies.ask` / `studies.askStream`. */
export interface AskParams {
  question: string;
}

/** The `done` result of `ask`: an answer with the turns it rests on. */
export interface AskAnswer {
  answer: string;
  citations: Quote[];
}

/** Body of `studies.personas`. */
export interface PersonasParams {
  /** 2–6 personas. */
  count?: number;
}

/** One persona card. */
export interface Persona {
  name: string;
  quote: string;
  goals: string[];
  frustrations: string[];
  behaviors: string[];
  context: string;
  sessionIds: string[];
}

/** Response of `studies.personas`. */
export interface Personas {
  personas: Persona[];
}

/** Formats of `studies.export`. */
export type ExportFormat = 'json' | 'csv' | 'md';
