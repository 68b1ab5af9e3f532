import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://bundle/ in Electron and from a fixed origin in the e2e
// harness; relative asset URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome140',
  },
});
