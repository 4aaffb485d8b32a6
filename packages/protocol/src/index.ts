/** @parley/protocol — the wire contract of ../shared/API.md as zod schemas, their types and the OpenAPI document. */
export * from './common.ts';
export * from './workspace.ts';
export * from './plan.ts';
export { normalisePlan, isVerbatim } from './plan-questions.ts';
export { planQuestionIssues, type PlanQuestionIssue } from './plan-question-issues.ts';
export { questionProblem } from './question-checks.ts';
export * from './study.ts';
export * from './overlaps.ts';
export * from './session.ts';
export { sessionOutcome, keyQuestionsNotAsked, OUTCOME_LABELS, type OutcomeFacts } from './session-outcome.ts';
export * from './health.ts';
export * from './triggers.ts';
export * from './webhooks.ts';
export * from './insights.ts';
export { routes, buildOpenApiDocument, errorStatuses, type RouteSpec } from './openapi.ts';
export { schemaRegistry } from './registry.ts';
