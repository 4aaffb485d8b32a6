import type { ParleyInterview } from '@parley/widget';

/**
 * What a framework template can set on `<parley-interview>`: the element's properties by their own names (React 19
 * and Vue set these as properties) and the HTML attribute names a plain page uses.
 */
export interface ParleyInterviewProps {
  study: string;
  publishableKey?: string;
  'publishable-key'?: string;
  api?: string;
  participantId?: string;
  'participant-id'?: string;
  /** Segment attributes as an object (property) … */
  participantAttributes?: Record<string, unknown>;
  /** … or as JSON text (attribute). */
  attributes?: string;
  mode?: ParleyInterview['mode'];
  locale?: string;
  teaser?: string;
  invitation?: string;
  open?: boolean;
  strings?: ParleyInterview['strings'];
  preview?: ParleyInterview['preview'];
}
