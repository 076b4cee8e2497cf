import { everyConsolePage } from './every-page.js';

// Apart from the desktop size, so the two run on different test workers.
everyConsolePage('mobile');
