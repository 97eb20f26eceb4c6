import { defineConfig } from 'vite';

// The demo site (npm start): pages in demo/ load the elements straight from src/.
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
