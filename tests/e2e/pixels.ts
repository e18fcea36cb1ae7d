// Reads a screenshot's pixels with the browser's own PNG decoder (no image library in Node).
import type { Page } from 'playwright-core';

export interface PixelStats {
  /** Share of pixels that are not (near) white. */
  inked: number;
  /** Pixels within a small distance of each requested colour. */
  near: Record<string, number>;
}

export async function pixelStats(page: Page, png: Buffer, colours: string[] = []): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      let inked = 0;
      for (let p = 0; p < data.length; p += 4) {
        const [r, g, b] = [data[p], data[p + 1], data[p + 2]];
        if (r < 240 || g < 240 || b < 240) inked++;
        targets.forEach((t, i) => {
          if (Math.abs(r - t[0]) + Math.abs(g - t[1]) + Math.abs(b - t[2]) < 40) near[colours[i]]++;
        });
      }
      return { inked: inked / (data.length / 4), near };
    },
    { base64: png.toString('base64'), colours },
  );
}
