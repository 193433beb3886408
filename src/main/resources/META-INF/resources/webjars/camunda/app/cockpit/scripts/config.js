// MentorFlow's Cockpit (coordinators only, see docs/operations.md): our name, English and German (Camunda's own
// de.json), and whose mentorship an instance is, from the portal (scripts/mentorflow/mentorship-names.js)
export default {
  app: {
    name: 'Cockpit',
    vendor: 'MentorFlow'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  },
  // the locale files in Camunda's cache before the first draw, as in Tasklist: labels read once stay translated
  customScripts: ['../mentorflow/preload-locales', 'scripts/mentorflow/mentorship-names']
};
