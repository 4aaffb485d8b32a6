// React 19: the element in JSX, typed by '@parley/widget/react'.
import '@parley/widget';
import type {} from '@parley/widget/react';
import { createRoot } from 'react-dom/client';
import { api, publishableKey, study } from './params.js';

function Feedback() {
  return <parley-interview study={study} publishableKey={publishableKey} api={api} mode="inline" />;
}

createRoot(document.querySelector('#app')!).render(<Feedback />);
