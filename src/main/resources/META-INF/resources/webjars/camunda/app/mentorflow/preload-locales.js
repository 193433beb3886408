/*
 * Puts the locale files of this browser's language (and of the fallback) into Camunda's translation cache before
 * the app starts, so no label is ever drawn before its text is there.
 *
 * Why: Tasklist reads some labels only once, with $translate.instant, when it first draws the task list (the
 * sorting's "Created", the search's "Filter Tasks"). Camunda's locale loader fetches the locale file at the same
 * time as the task list's data; when the file comes second (a fresh browser, a busy server), the list keeps the
 * raw keys CREATION_DATE and SEARCH_PLACEHOLDER. The loader looks into its cache in localStorage first, which is
 * why a returning browser never showed them. Camunda waits for custom scripts (config.js customScripts) before it
 * starts AngularJS, so filling that cache here closes the gap; Camunda's loader still fetches the file afterwards
 * and keeps the cache up to date itself.
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');
const config = window['cam' + appName.charAt(0).toUpperCase() + appName.slice(1) + 'Conf'] || {};
const locales = config.locales || {};
const available = locales.availableLocales || ['en'];
const fallback = locales.fallbackLocale || 'en';

// the language Camunda will choose (ui/common/scripts/services/locales.js: first browser language, else fallback)
const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
const wanted = [...new Set([available.includes(browser) ? browser : fallback, fallback])];

// the cache Camunda's localeLoader reads: localStorage "camunda-web", one entry per app, language and version
const prefix = appRoot + '/app/' + appName + '/locales/';
const cacheKey = language => prefix + '_locales_data_' + language + '_' + window.bust;
const cache = JSON.parse(localStorage.getItem('camunda-web') || '{}');

const missing = wanted.filter(language => !cache[cacheKey(language)]);
const files = await Promise.all(missing.map(language =>
  fetch(prefix + language + '.json?bust=' + window.bust, {credentials: 'same-origin'})
    .then(response => (response.ok ? response.text() : null))
    .catch(() => null)));
let changed = false;
missing.forEach((language, i) => {
  if (files[i] && files[i].trim().startsWith('{')) {
    cache[cacheKey(language)] = JSON.stringify(JSON.parse(files[i]));
    changed = true;
  }
});
if (changed) {
  localStorage.setItem('camunda-web', JSON.stringify(cache));
}

export default [];
