/**
 * utif2 takes its inflater from `require('pako')` where `require` exists (Node, the unit tests)
 * and from `self.pako` elsewhere: in the bundled worker there is no `require`, so deflated TIFF
 * pages would fail. The one function it calls, `inflateRaw`, is given here from fflate (already
 * the app's inflater). Imported before utif2, so it is in place when utif2 looks.
 */
import { inflateSync } from 'fflate';

const scope = globalThis as { pako?: { inflateRaw(data: Uint8Array): Uint8Array } };
scope.pako ??= { inflateRaw: (data) => inflateSync(data) };
