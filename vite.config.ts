import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pdfjsAssets } from './scripts/vite-pdfjs-assets';

// The renderer is served from app://bundle/ in Electron and from a fixed origin in the e2e
// harness; relative asset URLs work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  // pdf.js's CMaps, standard fonts and JPEG 2000 decoder, served from our own origin.
  plugins: [react(), pdfjsAssets()],
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
