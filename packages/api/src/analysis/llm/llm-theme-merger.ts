import type OpenAI from 'openai';
import type { Logger } from '../../deps.ts';
import type { LlmConfig } from '../../llm/config.ts';
import { backgroundTaskLimits, createJsonCompletion } from '../../llm/json-completion.ts';
import { type LabelFacts, ModelThemeGroups, themeMergeMessages } from './theme-merge-prompt.ts';

/** Room for the groups of a few dozen labels. */
const MAX_OUTPUT_TOKENS = 1_200;

/** Finds the theme labels that name one finding (in the background; reads never wait on it). */
export interface ThemeMerger {
  /** label → the label its group is shown under (only labels that were grouped), or null when the model failed. */
  merge(input: { researchQuestion: string; labels: LabelFacts[]; studyId: string }): Promise<Map<string, string> | null>;
}

/**
 * The LLM theme merger: a model labels each batch of answers on its own, so one finding drifts into several labels
 * ("Slow first response", "Long wait for a first reply"); word vectors cannot tell those apart from neighbouring
 * findings (bench/RESULTS.md), a model can. Its groups are checked: only labels it was given, one feeling per group,
 * each label in one group, and the group named by one of its own labels, so nothing it writes is shown unchecked.
 */
export function createLlmThemeMerger(options: { client: OpenAI; config: Pick<LlmConfig, 'analysisModel' | 'tokenLimitParam' | 'timeoutMs' | 'maxRetries'>; logger?: Logger }): ThemeMerger {
  const { client, config, logger } = options;
  const complete = createJsonCompletion({
    client,
    config,
    schema: ModelThemeGroups,
    schemaName: 'theme_groups',
    task: 'theme_merge',
    temperature: 0,
    maxTokens: MAX_OUTPUT_TOKENS,
    ...backgroundTaskLimits(config),
    ...(logger ? { logger } : {}),
  });
  return {
    async merge({ researchQuestion, labels, studyId }) {
      try {
        const parsed = ModelThemeGroups.safeParse(JSON.parse(await complete(themeMergeMessages(researchQuestion, labels))));
        if (!parsed.success) throw new Error('the theme groups did not match their schema');
        return checkedGroups(parsed.data, labels);
      } catch (err) {
        logger?.info('llm_theme_merge_failed', { studyId, error: err instanceof Error ? err.message : String(err) });
        return null;
      }
    },
  };
}

/** The model's groups, keeping only what holds: given labels, one feeling, one group per label, an own name. */
export function checkedGroups(output: ModelThemeGroups, labels: LabelFacts[]): Map<string, string> {
  const byLabel = new Map(labels.map((l) => [l.label, l]));
  const aliases = new Map<string, string>();
  for (const group of output.groups) {
    const members = [...new Set(group.members.map((m) => m.trim()))].filter((m) => byLabel.has(m) && !aliases.has(m));
    const name = group.label.trim();
    if (members.length < 2 || !members.includes(name)) continue;
    if (new Set(members.map((m) => byLabel.get(m)!.feeling)).size > 1) continue;
    for (const m of members) aliases.set(m, name);
  }
  return aliases;
}
