import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, setLanguage } from './i18n'
import { createAppRouter } from './router'
import './styles/main.css'

// The language's messages come first, so the first paint is already in the person's language.
void setLanguage(i18n.global.locale.value).then(() => {
  createApp(App).use(createPinia()).use(createAppRouter()).use(i18n).mount('#app')
})
