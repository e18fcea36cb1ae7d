// A one-line progress bar on a terminal; silent when stderr is not a TTY or
// the work is small, so logs and CI output stay clean.

const MIN_ITEMS = 50;
const WIDTH = 30;

export interface ProgressBar {
  update: (done: number, total: number) => void;
  done: () => void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let drawn = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (!stream.isTTY || total < MIN_ITEMS) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
