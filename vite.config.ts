import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { tsconfigPaths: true },
  environments: {
    // The server build is the whole HTTP app (express + React Router + database), so one process holds
    // exactly one database handle.
    ssr: { build: { rollupOptions: { input: './server/http/app.ts' } } },
  },
  // The express adapter must share the app's copy of react-router (its RouterContextProvider), in dev too.
  ssr: { noExternal: ['@digdir/designsystemet-react', '@react-router/express'] },
});
