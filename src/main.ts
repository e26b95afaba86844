import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, setLanguage } from './i18n'
import { createAppRouter } from './router'
import './styles/main.css'

setLanguage(i18n.global.locale.value)

createApp(App).use(createPinia()).use(createAppRouter()).use(i18n).mount('#app')
