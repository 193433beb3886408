// MentorFlow's Admin (coordinators only): our name, English and German (Camunda's own de.json)
export default {
  app: {
    name: 'Admin',
    vendor: 'MentorFlow'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  }
};
