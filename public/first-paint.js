// Issue 15: runs before the first paint (a classic script in <head>: the CSP allows no inline script). index.html
// holds Today's first screen, prerendered at build time in the three languages (scripts/vite-first-paint.ts); this
// picks the one to show, as src/i18n/languages.ts picks the app's language, and whether this phone holds a project
// (src/first-paint/project-hint.ts): then a neutral "loading" shows instead of the welcome. Nothing personal is read.
;(function () {
  var root = document.documentElement
  var language = null
  var hasProject = false
  try {
    language = localStorage.getItem('isip-own.language')
    hasProject = localStorage.getItem('isip-own.has-project') === '1'
  } catch {
    // Storage refused: the browser's languages decide, and the welcome shows.
  }
  if (language !== 'fr' && language !== 'nl' && language !== 'en') {
    language = 'en'
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']
    for (var i = 0; i < preferred.length; i++) {
      var base = String(preferred[i]).toLowerCase().split('-')[0]
      if (base === 'fr' || base === 'nl' || base === 'en') {
        language = base
        break
      }
    }
  }
  root.lang = language
  // The prerendered screen is Today's: another address waits for the app rather than flash the wrong screen.
  var today = location.pathname === '/'
  if (today) {
    root.setAttribute('data-first-paint', language)
    if (hasProject) root.setAttribute('data-first-paint-project', '')
  }
  // The app's entry and its chunks, which the build took out of <head> (scripts/vite-start-after-paint.ts).
  var self = document.currentScript
  var entry = self && self.getAttribute('data-entry')
  var preloads = ((self && self.getAttribute('data-preload')) || '').split(' ').filter(Boolean)
  // The core messages of the language shown, which the app waits for before its first render.
  var messages = ((self && self.getAttribute('data-messages')) || '').split(' ')
  for (var m = 0; m < messages.length; m++) if (messages[m].split(':')[0] === language) preloads.push(messages[m].slice(language.length + 1))
  function startApp() {
    for (var k = 0; k < preloads.length; k++) {
      var link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = preloads[k]
      document.head.appendChild(link)
    }
    // import(), not a <script src>: Trusted Types guard a script's src, and the app's policy is not made yet.
    import(entry)
  }
  // Once the page is read, only the screen shown stays in the document, so a screen reader and the keyboard meet
  // one of each element; it takes the title the app gives Today. Then the app starts, after the first paint: its
  // files and its work come after Today's first screen, not before. On another address (nothing prerendered shows)
  // or in a hidden tab (which does not paint) it starts at once.
  document.addEventListener('readystatechange', function prune() {
    document.removeEventListener('readystatechange', prune)
    var screens = document.querySelectorAll('.first-paint')
    for (var j = 0; j < screens.length; j++) {
      var screen = screens[j]
      if (today && screen.getAttribute('lang') === language) document.title = screen.getAttribute('data-title') || document.title
      else screen.parentNode.removeChild(screen)
    }
    if (!entry) return
    if (!today || document.visibilityState === 'hidden') startApp()
    else
      requestAnimationFrame(function () {
        setTimeout(startApp, 0)
      })
  })
})()
