import { context } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { MeterProvider, MetricReader, type DataPoint, type Histogram } from '@opentelemetry/sdk-metrics';
import { createTelemetry } from '../../src/telemetry/telemetry.ts';
import { NodeContextManager } from '../../src/runtime/telemetry-context.ts';

/** A reader tests collect from on demand. */
class TestReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

/** Telemetry recording into memory: spans in an InMemorySpanExporter, metrics collected from a reader on demand. */
export function memoryTelemetry() {
  context.setGlobalContextManager(new NodeContextManager());
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const reader = new TestReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  const telemetry = createTelemetry({ tracerProvider, meterProvider, version: 'test' });

  /** Every data point of a metric, by name, as of now. */
  async function points<T = number | Histogram>(name: string): Promise<DataPoint<T>[]> {
    const { resourceMetrics } = await reader.collect();
    const found = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).filter((m) => m.descriptor.name === name);
    return found.flatMap((m) => m.dataPoints as DataPoint<T>[]);
  }
  /** Every attribute value recorded anywhere (spans, span events, metric points), for leak checks. */
  async function everyAttributeValue(): Promise<string[]> {
    const { resourceMetrics } = await reader.collect();
    const values: unknown[] = [];
    for (const m of resourceMetrics.scopeMetrics.flatMap((s) => s.metrics)) for (const p of m.dataPoints) values.push(...Object.values(p.attributes));
    for (const s of spans.getFinishedSpans()) {
      values.push(s.name, ...Object.values(s.attributes));
      for (const e of s.events) values.push(e.name, ...Object.values(e.attributes ?? {}));
    }
    return values.map(String);
  }
  return {
    telemetry,
    spans: () => spans.getFinishedSpans() as ReadableSpan[],
    points,
    everyAttributeValue,
    close: async () => {
      await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
      context.disable();
    },
  };
}

/** Sum of counts over histogram points. */
export const histogramCount = (points: DataPoint<Histogram>[]) => points.reduce((n, p) => n + p.value.count, 0);
