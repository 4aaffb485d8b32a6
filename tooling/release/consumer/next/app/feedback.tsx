'use client';
import { useEffect, useState } from 'react';
import type {} from '@parley/widget/react';

type Where = { api: string; publishableKey: string; study: string };

/** The interview, defined in the browser only: the element's module is imported after hydration. */
export function Feedback() {
  const [where, setWhere] = useState<Where | null>(null);
  useEffect(() => {
    const q = new URLSearchParams(location.search);
    const turns: unknown[] = ((window as unknown as { turns: unknown[] }).turns = []);
    document.addEventListener('parley:turn', (e) => turns.push({ status: e.detail.status, reply: e.detail.reply.text }));
    void import('@parley/widget').then(() => setWhere({ api: q.get('api') ?? '', publishableKey: q.get('pk') ?? '', study: q.get('study') ?? '' }));
  }, []);
  return where ? <parley-interview study={where.study} publishableKey={where.publishableKey} api={where.api} mode="inline" /> : null;
}
