import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * The Marianne weights the login page shows (regular, medium, bold), asked for with the stylesheet instead of once it
 * is applied; the other weights and italics stay on demand (issue 18, the first screen).
 */
const preloadLoginFonts = (): Plugin => ({
  name: 'aic-preload-login-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, context) =>
      Object.keys(context.bundle ?? {})
        .filter((file) => /(^|\/)Marianne-(Regular|Medium|Bold)-[\w-]+\.woff2$/.test(file))
        .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${file}`, crossorigin: '' }, injectTo: 'head' as const })),
  },
});

export default defineConfig({
  plugins: [
    react(),
    preloadLoginFonts(),
    // Brotli and gzip copies of the text assets, made once at build time: the API serves them to browsers that accept
    // them (the DSFR stylesheet and the scripts of a first visit: 1.7 MB → ~0.3 MB over the wire).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, skipIfLargerOrEqual: true }),
  ],
  resolve: {
    alias: {
      // node-polyglot's one polyfill pulls ~35 kB of es-shims into the main chunk (~10 kB gzipped).
      'object.entries': fileURLToPath(new URL('./src/shims/object-entries.cjs', import.meta.url)),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React itself is needed on every page and changes rarely: its own long-cached chunk.
        // Everything else follows the route-level React.lazy() split points.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
