// `import type {} from '@parley/widget/vue'` once in a Vue 3 app types <parley-interview> in templates (with
// `compilerOptions.isCustomElement` letting Vue leave the tag to the browser). Apps without Vue never need its types.
import type { DefineComponent } from 'vue';
import type { ParleyInterviewProps } from './element-props.js';

export type { ParleyInterviewProps };

declare module 'vue' {
  interface GlobalComponents {
    'parley-interview': DefineComponent<ParleyInterviewProps>;
  }
}
