#!/usr/bin/env node
// Local preview of the real Lightning web components, without an org.
//   node scripts/preview.mjs build   build preview/dist (tsc emit, then rollup + @lwc/rollup-plugin)
//   node scripts/preview.mjs serve   build, then serve preview/dist on http://127.0.0.1:$PORT/ (default 3000)
// Flags: --no-tsc  skip the TypeScript emit (use the .js files already emitted by npm run build).
// See preview/README.md for the gallery format and the platform stubs.
import { buildPreview } from '../preview/tools/build.mjs';
import { startPreviewServer } from '../preview/tools/server.mjs';

const USAGE = 'usage: node scripts/preview.mjs build|serve [--no-tsc]';

/** Builds and prints one line with the timings; exits 1 with the problems on failure. */
async function build(typescript) {
    try {
        const { timings, manifest } = await buildPreview({ typescript });
        const parts = Object.entries(timings)
            .filter(([k]) => k !== 'total')
            .map(([k, ms]) => `${k} ${ms} ms`);
        const states = manifest.entries.reduce((n, e) => n + e.states.length, 0);
        console.log(
            `preview: built preview/dist in ${timings.total} ms (${parts.join(', ')}): ` +
                `${manifest.entries.length} gallery entries, ${states} states`
        );
    } catch (error) {
        console.error(`preview build failed: ${error.message}`);
        process.exit(1);
    }
}

const [command, ...flags] = process.argv.slice(2);
const typescript = !flags.includes('--no-tsc');
if (command === 'build') {
    await build(typescript);
} else if (command === 'serve') {
    await build(typescript);
    const port = Number(process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`PORT must be a port number, got "${process.env.PORT}"`);
        process.exit(1);
    }
    try {
        const server = await startPreviewServer({ port });
        console.log(`Preview: ${server.url}`);
        const stop = () => server.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    } catch (error) {
        console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one.` : error.message);
        process.exit(1);
    }
} else {
    console.error(USAGE);
    process.exit(2);
}
