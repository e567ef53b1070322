// Static server for preview/dist on node:http: correct content types, no caching of the app and fixtures, and
// the single-page fallback (any path without a file extension gets index.html, so /c/<bundle>?state=… loads).
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PATHS } from './gallery.mjs';

/** Content types of what the build writes. */
export const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.ico': 'image/x-icon',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain; charset=utf-8'
};

/** The file under `root` a URL path names, or null when it escapes root or is not a file. */
function fileFor(root, urlPath) {
    let decoded;
    try {
        decoded = decodeURIComponent(urlPath);
    } catch {
        return null;
    }
    const file = path.join(root, path.normalize(decoded));
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return fileFor(root, path.posix.join(urlPath, 'index.html'));
    return stat?.isFile() ? { file, size: stat.size } : null;
}

/**
 * Creates (does not start) the preview server.
 * @param {{ root?: string }} [options] folder to serve (default preview/dist)
 * @returns {http.Server}
 */
export function createPreviewServer({ root = PATHS.dist } = {}) {
    const base = path.resolve(root);
    return http.createServer((req, res) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405, { Allow: 'GET, HEAD' }).end();
            return;
        }
        const { pathname } = new URL(req.url ?? '/', 'http://localhost');
        let found = fileFor(base, pathname);
        if (!found && path.posix.extname(pathname) === '') found = fileFor(base, '/index.html');
        if (!found) {
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
            return;
        }
        const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
        const immutable = pathname.startsWith('/chunks/') || pathname.startsWith('/assets/');
        res.writeHead(200, {
            'Content-Type': type,
            'Content-Length': found.size,
            'Cache-Control': immutable ? 'public, max-age=3600' : 'no-store',
            'X-Content-Type-Options': 'nosniff'
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(found.file).pipe(res);
    });
}

/**
 * Starts the server on 127.0.0.1.
 * @param {{ port?: number, root?: string }} [options] port 0 picks a free one
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startPreviewServer({ port = 3000, root } = {}) {
    const server = createPreviewServer({ root });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const { port: actual } = server.address();
            resolve({
                url: `http://127.0.0.1:${actual}/`,
                port: actual,
                close: () =>
                    new Promise((done) => {
                        server.closeAllConnections();
                        server.close(() => done());
                    })
            });
        });
    });
}
