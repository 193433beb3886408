// MentorFlow's Cockpit (coordinators only): our name, English and German (Camunda's own de.json)
export default {
  app: {
    name: 'Cockpit',
    vendor: 'MentorFlow'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  }
};
