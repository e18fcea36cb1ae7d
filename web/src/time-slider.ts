// The time slicer's controls: two year handles over bars of new edges per year, a switch for
// undated items, "all years" and "play" (the end year steps forward, as Gephi's timeline plays).
// It only reports the filter; the viewer applies it.
import { h } from './dom.ts';
import { clampYears, formatYears, yearBounds, yearHistogram } from './time-range.ts';
import type { TimeFilter, YearRange } from './time-range.ts';
import type { Viewer } from './viewer.ts';

export interface TimeSlider {
  readonly element: HTMLElement;
  /** Shows a filter set elsewhere (the URL), without reporting it back. */
  show(filter: TimeFilter): void;
}

const PLAY_STEP_MS = 700;

export function createTimeSlider(bounds: YearRange, histogram: number[], initial: TimeFilter, changed: (filter: TimeFilter) => void): TimeSlider {
  const years = (range: YearRange | null) => range ?? bounds;
  const slider = (id: string, label: string, value: number) =>
    h('input', { id, type: 'range', min: bounds.from, max: bounds.to, step: 1, value, 'aria-label': label });
  const from = slider('time-from', '起始年份', years(initial.range).from);
  const to = slider('time-to', '截止年份', years(initial.range).to);
  const output = h('output', { id: 'time-range-value', for: 'time-from time-to' });
  const undated = h('input', { id: 'time-undated', type: 'checkbox', checked: initial.undated });
  const peak = Math.max(1, ...histogram);
  // Heights through the CSSOM: the server's CSP refuses style attributes.
  const bars = h(
    'div',
    { className: 'time-bars', 'aria-hidden': 'true' },
    ...histogram.map((count, i) => {
      const bar = h('span', { title: `${bounds.from + i}：${count} 条新关系` });
      bar.style.height = `${Math.round((count / peak) * 100)}%`;
      return bar;
    }),
  );
  const play = h('button', { id: 'time-play', type: 'button' }, '▶ 播放');
  let timer: ReturnType<typeof setInterval> | undefined;

  const current = (): TimeFilter => {
    const a = Number(from.value);
    const b = Number(to.value);
    return { range: clampYears({ from: Math.min(a, b), to: Math.max(a, b) }, bounds), undated: undated.checked };
  };
  const paint = (filter: TimeFilter) => {
    const range = years(filter.range);
    output.textContent = filter.range ? formatYears(range).replace('-', '–') : '全部年份';
    bars.querySelectorAll('span').forEach((bar, i) => bar.classList.toggle('out', bounds.from + i < range.from || bounds.from + i > range.to));
  };
  const report = () => {
    const filter = current();
    paint(filter);
    changed(filter);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ 播放';
  };

  from.addEventListener('input', () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    report();
  });
  to.addEventListener('input', () => {
    if (Number(to.value) < Number(from.value)) from.value = to.value;
    report();
  });
  undated.addEventListener('change', report);
  const reset = h('button', { id: 'time-reset', type: 'button' }, '全部年份');
  reset.addEventListener('click', () => {
    stop();
    from.value = String(bounds.from);
    to.value = String(bounds.to);
    report();
  });
  // Play: from the start year, the end year grows one year a step until the last.
  play.addEventListener('click', () => {
    if (timer) return stop();
    to.value = from.value;
    report();
    play.textContent = '⏸ 暂停';
    timer = setInterval(() => {
      if (Number(to.value) >= bounds.to) return stop();
      to.value = String(Number(to.value) + 1);
      report();
    }, PLAY_STEP_MS);
  });

  const element = h(
    'section',
    { id: 'time-slicer', 'aria-label': '时间' },
    h('h2', {}, '时间 ', output),
    bars,
    h('div', { className: 'time-handles' }, from, to),
    h('div', { className: 'time-scale muted' }, h('span', {}, String(bounds.from)), h('span', {}, String(bounds.to))),
    h('label', { className: 'time-undated' }, undated, ' 显示无日期的节点和关系'),
    h('div', { className: 'time-buttons' }, reset, play),
  );
  paint(initial);
  return {
    element,
    show(filter) {
      stop();
      from.value = String(years(filter.range).from);
      to.value = String(years(filter.range).to);
      undated.checked = filter.undated;
      paint(filter);
    },
  };
}

/**
 * Puts the slicer in the legend, sized to the graph's years, and wires it to the viewer; nothing
 * when no node or edge is dated. The counts at the top follow the viewer's filters.
 */
export function mountTimeSlider(viewer: Viewer, host: HTMLElement): TimeSlider | null {
  const bounds = yearBounds(viewer.graph);
  if (!bounds) return null;
  const slider = createTimeSlider(bounds, yearHistogram(viewer.graph, bounds), viewer.state.time, (time) => viewer.setTime(time));
  host.append(slider.element);
  return slider;
}
