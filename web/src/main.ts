import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/dist/index.css';
import App from './App.vue';
import { router } from './router';
import './shared/page.css';

createApp(App).use(createPinia()).use(router).mount('#app');
