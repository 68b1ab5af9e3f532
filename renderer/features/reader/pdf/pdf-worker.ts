/**
 * pdf.js's worker, bundled by Vite as a classic worker of our own origin, so the Trusted Types
 * worker policy can start it (pdfjs.ts). pdf.js's worker script starts listening on `self` by
 * itself when it finds it is in a worker. Its one door for pdf.js's worker build.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
