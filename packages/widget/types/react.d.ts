// `import type {} from '@parley/widget/react'` (or a triple-slash reference) once in a React 19 app types
// <parley-interview> in JSX. A separate entry, so apps without React never need its types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ParleyInterview } from '@parley/widget';
import type { ParleyInterviewProps } from './element-props.js';

export type { ParleyInterviewProps };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'parley-interview': ParleyInterviewProps & DetailedHTMLProps<HTMLAttributes<ParleyInterview>, ParleyInterview>;
    }
  }
}
