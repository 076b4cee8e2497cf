import { everyConsolePage } from './every-page.js';

// Apart from the phone size, so the two run on different test workers.
everyConsolePage('desktop');
