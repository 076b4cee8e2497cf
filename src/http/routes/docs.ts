import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';

/**
 * The API reference at /docs: Swagger UI (@fastify/swagger-ui) over the same document as
 * /openapi.json, public like it. Every asset comes from the installed package (nothing from a CDN,
 * no validator badge, no fonts to fetch), so the page works on a machine without internet access.
 */
export const docsRoutes = (): FastifyPluginAsync => async (app) => {
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // BaseLayout: the reference without Swagger UI's top bar, whose "Explore" box loads any URL.
    // No deep links and no syntax colours: the links sit inside each operation's toggle button
    // (nested controls), and the default highlighting theme has tokens below 4.5:1 contrast.
    uiConfig: { layout: 'BaseLayout', deepLinking: false, syntaxHighlight: false, docExpansion: 'list' },
    validatorUrl: false,
    theme: {
      title: 'Waybill API reference',
      css: [{ filename: 'waybill.css', content: ACCESSIBLE_STYLE }],
      js: [{ filename: 'waybill.js', content: ACCESSIBLE_SCRIPT }],
    },
    // The page's own policy: everything from this origin. Swagger UI sets styles through the DOM
    // (allowed), never inline <style> or eval.
    staticCSP: {
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'form-action': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    },
  });
};

/**
 * Swagger UI's own colours fail WCAG AA contrast (white on #49cc90 is 2.1:1): darker ones, each
 * 4.5:1 or more against its background. Examples show in full rather than in a scrolling box
 * that a keyboard cannot reach.
 */
const ACCESSIBLE_STYLE = `
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1f5fa8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1d7348; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #9a5200; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #11706a; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b3261e; }
.swagger-ui .info .title small.version-stamp { background-color: #3d6b00; }
.swagger-ui .info .title small { background: #595959; }
.swagger-ui .info a { color: #1f5fa8; }
.swagger-ui .btn.authorize { border-color: #1d7348; color: #1d7348; }
.swagger-ui .btn.authorize svg { fill: #1d7348; }
.swagger-ui .parameter__in, .swagger-ui .parameter__extension { color: #595959; }
.swagger-ui .highlight-code > .microlight { max-height: none; overflow-y: visible; }
`;

/** Swagger UI's server list sits in an empty <label>: it gets the name shown above it. */
const ACCESSIBLE_SCRIPT = `new MutationObserver(function () {
  var servers = document.getElementById('servers');
  if (servers && !servers.hasAttribute('aria-label')) servers.setAttribute('aria-label', 'Servers');
}).observe(document.body, { childList: true, subtree: true });
`;
