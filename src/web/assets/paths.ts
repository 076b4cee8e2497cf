import { createHash } from 'node:crypto';
import { PAGE_SCRIPT } from './page-script.js';

/** Content-addressed: the URL changes with the script, so it can be cached for a year. */
export const PAGE_SCRIPT_PATH = `/assets/page-${createHash('sha256').update(PAGE_SCRIPT).digest('hex').slice(0, 12)}.js`;
