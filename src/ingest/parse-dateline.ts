// Date and source from the dateline that news pages print above the story
// ("2025-10-11 19:35:03  来源:唐山劳动日报", "2025-07-07 10:58:27 來源: 天山網-新疆日報原創").
import { stripPinyinGlosses } from './strip-pinyin-glosses.js';
import { TrackedText } from './tracked-text.js';

const HEAD = 3000;
const DATE = /(20\d{2}|19\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const SOURCE = /[来來]源\s*[:：]\s*([^\s|｜]{2,30})/;

export function parseDateline(text: string): { date?: string; source?: string } {
  const head = stripPinyinGlosses(TrackedText.from(text.slice(0, HEAD))).text;
  const result: { date?: string; source?: string } = {};
  for (const line of head.split('\n').slice(0, 15)) {
    const source = SOURCE.exec(line);
    const date = DATE.exec(line);
    // Only a short line that is a dateline, not a sentence that mentions a date.
    if (line.trim().length > 80 || (!source && !/\d{1,2}:\d{2}/.test(line))) continue;
    if (date && !result.date) {
      result.date = `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`;
    }
    if (source && !result.source) result.source = source[1];
  }
  return result;
}
