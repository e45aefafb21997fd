import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The build goes into the API's static files: the API serves the workbench at / (nothing from a CDN).
export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: '../src/Supervision.Api/wwwroot',
    emptyOutDir: true,
    // ECharts and its renderer load with the dashboard only, in chunks of their own (each under the 500 kB warning).
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts' own packages only: vue-echarts stays out, or its dependency on Vue would move Vue into the chart chunk.
          groups: [
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:5080', '/auth': 'http://127.0.0.1:5080' } },
});
