import { useEffect, useRef } from 'react';

/** The subset of an ECharts option this dashboard uses. */
export type ChartOption = Record<string, unknown>;

type EChartsModule = typeof import('./echarts-setup');
let loading: Promise<EChartsModule> | undefined;
/** ECharts is loaded on first use, so the console's first load does not carry it. */
const loadECharts = () => {
  loading ??= import('./echarts-setup');
  return loading;
};

/** One ECharts chart, resized with its box; `label` names it for screen readers. */
export function Chart({
  option,
  label,
  testId,
}: {
  option: ChartOption;
  label: string;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<{
    setOption: (o: ChartOption, notMerge?: boolean) => void;
    dispose: () => void;
    resize: () => void;
  } | null>(null);

  useEffect(() => {
    let isActive = true;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ echarts }) => {
      if (!isActive || !box.current) return;
      const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      box.current.dataset.ready = 'true';
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(box.current);
    });
    return () => {
      isActive = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    let isActive = true;
    void loadECharts().then(() => {
      if (isActive) chart.current?.setOption(option, true);
    });
    return () => {
      isActive = false;
    };
  }, [option]);

  return (
    <div ref={box} className="analytics-chart" role="img" aria-label={label} data-testid={testId} />
  );
}
