import { useState } from 'preact/hooks';
import { useConsole } from '../../session/console-context.ts';
import { asFailure, type ApiFailure } from '../../api/api-failure.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
] as const;

/** Downloads the study's transcripts and insights (the key is a header, so a plain link cannot do it). */
export function ExportButtons({ studyId }: { studyId: string }) {
  const { api } = useConsole();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const download = async (format: string) => {
    setBusy(format);
    setError(null);
    try {
      const { blob, fileName } = await api.download(`/v1/studies/${studyId}/export?format=${format}`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName ?? `parley-${studyId}.${format}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(asFailure(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="export">
      <div role="group" aria-label="Export transcripts and insights" class="button-row">
        <span class="muted small">Export</span>
        {FORMATS.map((f) => (
          <button type="button" class="secondary small" key={f.format} disabled={busy !== null} onClick={() => download(f.format)}>
            {busy === f.format ? 'Preparing…' : f.label}
          </button>
        ))}
      </div>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
