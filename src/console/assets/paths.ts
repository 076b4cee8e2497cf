import { createHash } from 'node:crypto';
import { CONSOLE_CSS } from './console-css.js';
import { CONSOLE_SCRIPT } from './console-script.js';

// Content-addressed asset paths: a new build gets new URLs, so the files can be cached for a year.
const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export const CONSOLE_CSS_PATH = `/app/assets/console.${short(CONSOLE_CSS)}.css`;
export const CONSOLE_SCRIPT_PATH = `/app/assets/console.${short(CONSOLE_SCRIPT)}.js`;
