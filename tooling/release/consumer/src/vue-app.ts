// Vue 3: the element from a render function, typed by '@parley/widget/vue'.
import '@parley/widget';
import type {} from '@parley/widget/vue';
import { createApp, h } from 'vue';
import { api, publishableKey, study } from './params.js';

createApp({ render: () => h('parley-interview', { study, publishableKey, api, mode: 'inline' }) }).mount('#app');
