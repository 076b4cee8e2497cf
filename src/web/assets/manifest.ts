/** The web app manifest: installable, opening on the lookup form. */
export function webManifest(): Record<string, unknown> {
  return {
    name: 'Parcel tracking',
    short_name: 'Tracking',
    description: 'Where your parcel is, and when it arrives.',
    start_url: '/track',
    scope: '/',
    display: 'standalone',
    background_color: '#f4f5f7',
    theme_color: '#1f3a5f',
    icons: [
      { src: '/assets/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/assets/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  };
}
