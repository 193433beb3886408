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
  customScripts: ['scripts/mentorflow/mentorship-names']
};
